namespace BuildHost.CI.GitHubActions;

/// <summary>Describes a workflow that <c>--generate-configuration GitHubActions_&lt;name&gt;</c> writes to <c>.github/workflows/&lt;name&gt;.yml</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class GitHubActionsAttribute(string name, GitHubActionsImage image, params GitHubActionsImage[] images) : Attribute
{
    internal string WorkflowName { get; } = name.Replace(' ', '_');

    internal IReadOnlyList<GitHubActionsImage> Images { get; } = [image, .. images];

    internal string Id => $"GitHubActions_{WorkflowName}";

    internal string RelativePath => $".github/workflows/{WorkflowName}.yml";

    internal uint? FetchDepthValue { get; private set; }

    public GitHubActionsTrigger[] On { get; set; } = [];

    public string[] OnPushBranches { get; set; } = [];

    public string[] OnPullRequestBranches { get; set; } = [];

    public string[] InvokedTargets { get; set; } = [];

    public bool PublishArtifacts { get; set; } = true;

    /// <summary>The <c>if:</c> of the upload steps (e.g. <c>always()</c> to publish after a failure); none when unset.</summary>
    public string? PublishCondition { get; set; }

    public string[] CacheIncludePatterns { get; set; } = [".nuke/temp", "~/.nuget/packages"];

    public string[] CacheExcludePatterns { get; set; } = [];

    public string[] CacheKeyFiles { get; set; } = ["**/global.json", "**/*.csproj", "**/Directory.Packages.props"];

    /// <summary>Write-only, as in NUKE: the checkout's <c>fetch-depth</c>.</summary>
    public uint FetchDepth
    {
        set => FetchDepthValue = value;
        get => throw new NotSupportedException();
    }

    public int TimeoutMinutes { get; set; }

    public bool AutoGenerate { get; set; } = true;
}
