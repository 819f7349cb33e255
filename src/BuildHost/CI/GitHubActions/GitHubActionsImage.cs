namespace BuildHost.CI.GitHubActions;

public enum GitHubActionsImage
{
    UbuntuLatest,
    Ubuntu2404,
    Ubuntu2204,
    WindowsLatest,
    MacOsLatest,
}
