using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace BuildHost;

/// <summary>Fluent definition of a target, with the member names of NUKE's.</summary>
public interface ITargetDefinition
{
    string Name { get; }

    ITargetDefinition Description(string description);

    ITargetDefinition Executes(params Action[] actions);

    ITargetDefinition Executes<T>(Func<T> action);

    ITargetDefinition Executes(Func<Task> action);

    ITargetDefinition DependsOn(params Target[] targets);

    ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets);

    ITargetDefinition DependentFor(params Target[] targets);

    ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets);

    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionExpression = null);

    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionExpression = null);

    ITargetDefinition Requires<T>(Expression<Func<T>> parameterRequirement, params Expression<Func<T>>[] parameterRequirements)
        where T : class;

    ITargetDefinition Requires<T>(Expression<Func<T?>> parameterRequirement, params Expression<Func<T?>>[] parameterRequirements)
        where T : struct;

    ITargetDefinition Requires(Expression<Func<bool>> requirement, params Expression<Func<bool>>[] requirements);

    ITargetDefinition Before(params Target[] targets);

    ITargetDefinition Before<T>(params Func<T, Target>[] targets);

    ITargetDefinition After(params Target[] targets);

    ITargetDefinition After<T>(params Func<T, Target>[] targets);

    ITargetDefinition Triggers(params Target[] targets);

    ITargetDefinition Triggers<T>(params Func<T, Target>[] targets);

    ITargetDefinition TriggeredBy(params Target[] targets);

    ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets);

    ITargetDefinition AssuredAfterFailure();

    ITargetDefinition ProceedAfterFailure();

    ITargetDefinition Unlisted();

    ITargetDefinition WhenSkipped(DependencyBehavior dependencyBehavior);

    ITargetDefinition Produces(params string[] artifacts);
}
