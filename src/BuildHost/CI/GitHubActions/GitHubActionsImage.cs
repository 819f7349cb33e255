namespace BuildHost.CI.GitHubActions;

/// <summary>Runner images, named as NUKE names them; <see cref="GitHubActionsImageLabels"/> gives their runs-on labels.</summary>
public enum GitHubActionsImage
{
    WindowsServer2022,
    Ubuntu2404,
    Ubuntu2204,
    WindowsLatest,
    UbuntuLatest,
    MacOsLatest,
}
