namespace BuildHost.Tooling;

/// <summary>Settings of one tool invocation; extension methods return changed copies.</summary>
public abstract record ToolSettings
{
    public string? ProcessWorkingDirectory { get; init; }

    internal abstract IEnumerable<string> Arguments();
}
