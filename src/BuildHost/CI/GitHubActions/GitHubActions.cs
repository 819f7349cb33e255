using BuildHost.IO;

namespace BuildHost.CI.GitHubActions;

/// <summary>The GitHub Actions run this build runs in, or null (<see cref="Instance"/>) elsewhere.</summary>
public sealed class GitHubActions
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    private GitHubActions(IReadOnlyDictionary<string, string> environment) => _environment = environment;

    public static GitHubActions? Instance { get; private set; }

    /// <summary>The job summary file (<c>GITHUB_STEP_SUMMARY</c>): Markdown appended to it shows on the run's page.</summary>
    public AbsolutePath? StepSummaryFile =>
        _environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } file && Path.IsPathRooted(file) ? AbsolutePath.Create(file) : null;

    internal static void Detect(IReadOnlyDictionary<string, string> environment) =>
        Instance = environment.GetValueOrDefault("GITHUB_ACTIONS") == "true" ? new GitHubActions(environment) : null;
}
