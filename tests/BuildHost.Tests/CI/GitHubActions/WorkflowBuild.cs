using BuildHost.CI.GitHubActions;

namespace BuildHost.Tests.CI.GitHubActions;

[GitHubActions(
    "checks",
    GitHubActionsImage.UbuntuLatest,
    OnPushBranches = ["main"],
    InvokedTargets = [nameof(Report)],
    CacheKeyFiles = ["global.json"])]
internal sealed class WorkflowBuild : NukeBuild
{
    Target Images => _ => _.Produces("artifacts/images/*.tar").Executes(() => { });

    Target Report => _ => _.DependsOn(Images).Produces("artifacts/report").Executes(() => { });

    Target Unrelated => _ => _.Produces("artifacts/unrelated").Executes(() => { });
}
