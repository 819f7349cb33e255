[GitHubActions(
    "ci",
    GitHubActionsImage.UbuntuLatest,
    On = new[] { GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest },
    InvokedTargets = new[] { nameof(Test) },
    PublishArtifacts = true,
    CacheKeyFiles = new[] { "global.json", "Directory.Packages.props", "**/*.csproj" })]
partial class Build
{
}
