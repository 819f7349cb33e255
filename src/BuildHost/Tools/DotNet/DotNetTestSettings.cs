namespace BuildHost.Tools.DotNet;

public sealed record DotNetTestSettings : DotNetSettings
{
    public bool NoBuild { get; init; }

    public string? ResultsDirectory { get; init; }

    public IReadOnlyList<string> Loggers { get; init; } = [];

    public string? Filter { get; init; }

    internal override string Command => "test";

    internal override IEnumerable<string> CommandArguments()
    {
        if (NoBuild)
            yield return "--no-build";
        if (ResultsDirectory is not null)
            yield return $"--results-directory={ResultsDirectory}";
        foreach (var logger in Loggers)
            yield return $"--logger={logger}";
        if (Filter is not null)
            yield return $"--filter={Filter}";
    }
}
