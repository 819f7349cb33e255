namespace BuildHost.Execution;

internal sealed partial class TargetDefinition
{
    public ITargetDefinition DependsOn(params Target[] targets) => Add(Dependencies, targets);

    public ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets) => Add(Dependencies, targets);

    public ITargetDefinition DependentFor(params Target[] targets) => Add(Dependents, targets);

    public ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets) => Add(Dependents, targets);

    public ITargetDefinition Before(params Target[] targets) => Add(RunsBefore, targets);

    public ITargetDefinition Before<T>(params Func<T, Target>[] targets) => Add(RunsBefore, targets);

    public ITargetDefinition After(params Target[] targets) => Add(RunsAfter, targets);

    public ITargetDefinition After<T>(params Func<T, Target>[] targets) => Add(RunsAfter, targets);

    public ITargetDefinition Triggers(params Target[] targets) => Add(Triggered, targets);

    public ITargetDefinition Triggers<T>(params Func<T, Target>[] targets) => Add(Triggered, targets);

    public ITargetDefinition TriggeredBy(params Target[] targets) => Add(TriggeredByTargets, targets);

    public ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets) => Add(TriggeredByTargets, targets);

    private TargetDefinition Add(List<TargetReference> list, Target[] targets)
    {
        list.AddRange(targets.Select(target => new TargetReference(_ => target)));
        return this;
    }

    private TargetDefinition Add<T>(List<TargetReference> list, Func<T, Target>[] targets)
    {
        list.AddRange(targets.Select(target => new TargetReference(build => target((T)(object)build))));
        return this;
    }
}
