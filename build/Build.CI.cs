[GitHubActions(
    "ci",
    GitHubActionsImage.UbuntuLatest,
    On = new[] { GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest },
    InvokedTargets = new[] { nameof(Test), nameof(BuildSmall), nameof(BuildMinimal), nameof(Verify), nameof(Analyze), nameof(Report) },
    PublishArtifacts = true,
    CacheKeyFiles = new[] { "global.json", "Directory.Packages.props", "**/*.csproj" })]
partial class Build
{
}
