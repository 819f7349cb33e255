namespace BuildHost.Execution;

/// <summary>Everything a run depends on, so tests run builds in-process with their own arguments, folder and console.</summary>
internal sealed record BuildInvocation(
    Func<NukeBuild> CreateBuild,
    IReadOnlyList<string> DefaultTargets,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    TextWriter Console,
    AbortController Abort)
{
    public const int FailureExitCode = 1;

    public const int AbortedExitCode = 130;
}
