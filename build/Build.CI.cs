[GitHubActions(
    "ci",
    GitHubActionsImage.UbuntuLatest,
    On = new[] { GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest },
    InvokedTargets = new[] { nameof(ITest.Test), nameof(BuildSmall), nameof(BuildMinimal), nameof(Verify), nameof(Analyze), nameof(Report) },
    PublishArtifacts = true,
    // The logs and reports are what a failed run is read from: publish them after a failure too.
    PublishCondition = "always()",
    CacheKeyFiles = new[] { "global.json", "Directory.Packages.props", "**/*.csproj" })]
partial class Build
{
}
