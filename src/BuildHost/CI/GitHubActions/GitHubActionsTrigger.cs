namespace BuildHost.CI.GitHubActions;

public enum GitHubActionsTrigger
{
    Push,
    PullRequest,
    WorkflowDispatch,
}
