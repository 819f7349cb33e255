namespace BuildHost.Execution;

/// <summary>A discovered target with its relations resolved to other targets.</summary>
internal sealed class ExecutableTarget(string name, TargetDefinition definition, int index, Type declaringType)
{
    public string Name { get; } = name;

    public TargetDefinition Definition { get; } = definition;

    public int Index { get; } = index;

    /// <summary>The build class or the component interface whose property defines the target.</summary>
    public Type DeclaringType { get; } = declaringType;

    public List<ExecutableTarget> Dependencies { get; } = [];

    public List<ExecutableTarget> Triggers { get; } = [];

    /// <summary>Targets that must come earlier when both are in the plan (Before/After/TriggeredBy).</summary>
    public List<ExecutableTarget> OrderedAfter { get; } = [];

    public ExecutionStatus Status { get; set; } = ExecutionStatus.Scheduled;

    public TimeSpan Duration { get; set; }

    public string? SkipReason { get; set; }

    public Dictionary<string, string> SummaryInformation { get; set; } = [];

    public override string ToString() => Name;
}
