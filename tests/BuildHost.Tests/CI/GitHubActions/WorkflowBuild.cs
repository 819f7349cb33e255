using BuildHost.CI.GitHubActions;

namespace BuildHost.Tests.CI.GitHubActions;

[GitHubActions(
    "checks",
    GitHubActionsImage.UbuntuLatest,
    OnPushBranches = ["main", "release/*"],
    InvokedTargets = [nameof(Images), nameof(Report)],
    CacheKeyFiles = ["global.json"])]
internal sealed class WorkflowBuild : NukeBuild
{
    Target Images => _ => _.Produces("artifacts/images/*.tar").Executes(() => { });

    Target Report => _ => _.DependsOn(Images).Produces("artifacts/report").Executes(() => { });

    Target Unrelated => _ => _.Produces("artifacts/unrelated").Executes(() => { });
}

[GitHubActions(
    "checks",
    GitHubActionsImage.Ubuntu2204,
    On = [GitHubActionsTrigger.Push],
    InvokedTargets = [nameof(Report)],
    PublishCondition = "always()",
    FetchDepth = 0)]
internal sealed class ConditionalWorkflowBuild : NukeBuild
{
    Target Report => _ => _.Produces("artifacts/report").Executes(() => { });
}
