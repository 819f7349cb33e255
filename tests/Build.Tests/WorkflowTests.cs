using BuildHost.CI.GitHubActions;
using YamlDotNet.RepresentationModel;

namespace Build.Tests;

public sealed class WorkflowTests
{
    private const string Regenerate = "./build.sh --generate-configuration GitHubActions_ci --host GitHubActions";

    private static readonly string CheckedInPath = Repository.Root / ".github" / "workflows" / "ci.yml";

    [Fact]
    public void Checked_in_workflow_is_what_the_build_generates()
    {
        var fresh = WorkflowGeneration.Render(Repository.BuildType, Repository.Root, "ci");
        var checkedIn = File.Exists(CheckedInPath) ? File.ReadAllText(CheckedInPath) : "";

        Assert.True(fresh == checkedIn, $".github/workflows/ci.yml is stale or missing; regenerate it with: {Regenerate}");
    }

    [Fact]
    public void Workflow_parses_and_runs_checkout_cache_build_and_upload()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(CheckedInPath)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["ubuntu-latest"];
        Assert.Equal("ubuntu-latest", job["runs-on"].ToString());
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
        string? Value(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var value) ? value.ToString() : null;

        Assert.Equal("actions/checkout@v4", Value(steps[0], "uses"));
        Assert.Equal("actions/cache@v4", Value(steps[1], "uses"));
        Assert.Contains(".nuke/temp", ((YamlMappingNode)steps[1]["with"])["path"].ToString());
        Assert.Equal("./build.sh Test BuildSmall BuildMinimal Verify Analyze Report", Value(steps[2], "run"));
        var uploads = steps.Where(step => Value(step, "uses") == "actions/upload-artifact@v4")
            .Select(step => ((YamlMappingNode)step["with"])["path"].ToString());
        Assert.Equal(["artifacts/test-results", "artifacts/report"], uploads);
        Assert.Equal(["push", "pull_request"], ((YamlSequenceNode)root["on"]).Select(node => node.ToString()));
    }
}
