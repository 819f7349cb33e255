namespace BuildHost.CI.GitHubActions;

internal static class GitHubActionsImageLabels
{
    public static string Label(this GitHubActionsImage image) => image switch
    {
        GitHubActionsImage.WindowsServer2022 => "windows-2022",
        GitHubActionsImage.Ubuntu2404 => "ubuntu-24.04",
        GitHubActionsImage.Ubuntu2204 => "ubuntu-22.04",
        GitHubActionsImage.WindowsLatest => "windows-latest",
        GitHubActionsImage.UbuntuLatest => "ubuntu-latest",
        _ => "macos-latest",
    };
}
