namespace BuildHost.CI.GitHubActions;

/// <summary>Describes a workflow that <c>--generate-configuration GitHubActions_&lt;name&gt;</c> writes to <c>.github/workflows/&lt;name&gt;.yml</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class GitHubActionsAttribute(string name, GitHubActionsImage image, params GitHubActionsImage[] images) : Attribute
{
    internal string WorkflowName { get; } = name;

    internal IReadOnlyList<GitHubActionsImage> Images { get; } = [image, .. images];

    internal string Id => $"GitHubActions_{WorkflowName}";

    internal string RelativePath => $".github/workflows/{WorkflowName}.yml";

    public GitHubActionsTrigger[] On { get; set; } = [];

    public string[] OnPushBranches { get; set; } = [];

    public string[] OnPullRequestBranches { get; set; } = [];

    public string[] InvokedTargets { get; set; } = [];

    public bool PublishArtifacts { get; set; } = true;

    public string[] CacheIncludePatterns { get; set; } = [".nuke/temp", "~/.nuget/packages"];

    public string[] CacheExcludePatterns { get; set; } = [];

    public string[] CacheKeyFiles { get; set; } = ["**/global.json", "**/*.csproj", "**/Directory.Packages.props"];

    public int FetchDepth { get; set; } = 1;

    public int TimeoutMinutes { get; set; }

    public bool AutoGenerate { get; set; } = true;
}
