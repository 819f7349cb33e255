using System.Linq.Expressions;

namespace BuildHost.Execution;

internal sealed partial class TargetDefinition(string name) : ITargetDefinition
{
    public string Name { get; } = name;

    public string? DescriptionText { get; private set; }

    public List<Func<Task>> Actions { get; } = [];

    public List<TargetReference> Dependencies { get; } = [];

    public List<TargetReference> Dependents { get; } = [];

    public List<TargetReference> RunsBefore { get; } = [];

    public List<TargetReference> RunsAfter { get; } = [];

    public List<TargetReference> Triggered { get; } = [];

    public List<TargetReference> TriggeredByTargets { get; } = [];

    public List<Condition> StaticConditions { get; } = [];

    public List<Condition> DynamicConditions { get; } = [];

    public List<Condition> Requirements { get; } = [];

    public List<string> Artifacts { get; } = [];

    public bool IsAssuredAfterFailure { get; private set; }

    public bool IsProceedAfterFailure { get; private set; }

    public bool IsUnlisted { get; private set; }

    public DependencyBehavior SkippedDependencies { get; private set; } = DependencyBehavior.Execute;

    public ITargetDefinition Description(string description) => With(() => DescriptionText = description);

    public ITargetDefinition Executes(params Action[] actions) =>
        With(() => Actions.AddRange(actions.Select(action => (Func<Task>)(() => { action(); return Task.CompletedTask; }))));

    public ITargetDefinition Executes<T>(Func<T> action) =>
        With(() => Actions.Add(() => action() is Task task ? task : Task.CompletedTask));

    public ITargetDefinition Executes(Func<Task> action) => With(() => Actions.Add(action));

    public ITargetDefinition OnlyWhenDynamic(Func<bool> condition, string? conditionExpression = null) =>
        With(() => DynamicConditions.Add(new Condition(condition, conditionExpression ?? "condition")));

    public ITargetDefinition OnlyWhenStatic(Func<bool> condition, string? conditionExpression = null) =>
        With(() => StaticConditions.Add(new Condition(condition, conditionExpression ?? "condition")));

    public ITargetDefinition Requires<T>(Expression<Func<T>> parameterRequirement, params Expression<Func<T>>[] parameterRequirements)
        where T : class =>
        With(() => Requirements.AddRange(parameterRequirements.Prepend(parameterRequirement).Select(ParameterRequirement)));

    public ITargetDefinition Requires<T>(Expression<Func<T?>> parameterRequirement, params Expression<Func<T?>>[] parameterRequirements)
        where T : struct =>
        With(() => Requirements.AddRange(parameterRequirements.Prepend(parameterRequirement).Select(ParameterRequirement)));

    public ITargetDefinition Requires(Expression<Func<bool>> requirement, params Expression<Func<bool>>[] requirements) =>
        With(() => Requirements.AddRange(requirements.Prepend(requirement)
            .Select(expression => new Condition(expression.Compile(), $"Requirement '{expression.Body}' is not met."))));

    public ITargetDefinition AssuredAfterFailure() => With(() => IsAssuredAfterFailure = true);

    public ITargetDefinition ProceedAfterFailure() => With(() => IsProceedAfterFailure = true);

    public ITargetDefinition Unlisted() => With(() => IsUnlisted = true);

    public ITargetDefinition WhenSkipped(DependencyBehavior dependencyBehavior) => With(() => SkippedDependencies = dependencyBehavior);

    public ITargetDefinition Produces(params string[] artifacts) => With(() => Artifacts.AddRange(artifacts));

    private static Condition ParameterRequirement<T>(Expression<Func<T>> expression)
    {
        var compiled = expression.Compile();
        var name = expression.Body is MemberExpression member ? member.Member.Name : expression.Body.ToString();
        return new Condition(() => compiled() is not null,
            $"Parameter '{name}' is required: pass --{Parameters.ParameterNames.ToKebabCase(name)} <value>, set it in .nuke/parameters.json or in the environment.");
    }

    private TargetDefinition With(Action change)
    {
        change();
        return this;
    }
}
