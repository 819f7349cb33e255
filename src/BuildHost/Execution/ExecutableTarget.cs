namespace BuildHost.Execution;

/// <summary>A discovered target with its relations resolved to other targets.</summary>
internal sealed class ExecutableTarget(string name, TargetDefinition definition, int index)
{
    public string Name { get; } = name;

    public TargetDefinition Definition { get; } = definition;

    public int Index { get; } = index;

    public List<ExecutableTarget> Dependencies { get; } = [];

    public List<ExecutableTarget> Triggers { get; } = [];

    /// <summary>Targets that must come earlier when both are in the plan (Before/After/TriggeredBy).</summary>
    public List<ExecutableTarget> OrderedAfter { get; } = [];

    public ExecutionStatus Status { get; set; } = ExecutionStatus.Scheduled;

    public TimeSpan Duration { get; set; }

    public string? SkipReason { get; set; }

    public override string ToString() => Name;
}
