namespace BuildHost.Execution;

/// <summary>Everything a run depends on, so tests run builds in-process with their own arguments and folder (the output goes to Console.Out).</summary>
internal sealed record BuildInvocation(
    Func<NukeBuild> CreateBuild,
    IReadOnlyList<string> DefaultTargets,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    AbortController Abort)
{
    public const int FailureExitCode = 1;

    public const int AbortedExitCode = 130;
}
