using BuildHost.CI.GitHubActions;
using YamlDotNet.RepresentationModel;

namespace Build.Tests;

public sealed class WorkflowTests
{
    private const string Regenerate = "./build.sh --generate-configuration GitHubActions_ci --host GitHubActions";

    private static readonly string CheckedInPath = Repository.Root / ".github" / "workflows" / "ci.yml";

    private static readonly string SchemaPath = Repository.Root / ".nuke" / "build.schema.json";

    // A local ./build.sh run rewrites both files before the tests read them, as NUKE does; on a clean clone,
    // .ci/run's closing 'git diff --exit-code' is what fails when the committed ones are stale.
    [Fact]
    public void Checked_in_workflow_is_what_the_build_generates()
    {
        var fresh = WorkflowGeneration.Render(Repository.BuildType, Repository.Root, "ci");

        Assert.Null(GeneratedFile.Problem(CheckedInPath, fresh, Regenerate));
    }

    [Fact]
    public void Checked_in_schema_is_what_the_build_generates()
    {
        var fresh = WorkflowGeneration.RenderSchema(Repository.BuildType, Repository.Root);

        Assert.Null(GeneratedFile.Problem(SchemaPath, fresh, "./build.sh --help"));
    }

    [Fact]
    public void A_stale_generated_file_fails_the_check_naming_the_command()
    {
        var stale = Path.Combine(Directory.CreateTempSubdirectory("build-tests-").FullName, "ci.yml");
        var fresh = WorkflowGeneration.Render(Repository.BuildType, Repository.Root, "ci");
        File.WriteAllText(stale, fresh.Replace("actions/checkout@v6", "actions/checkout@v4"));

        Assert.Equal($"{stale} is stale; regenerate it with: {Regenerate}, and commit it", GeneratedFile.Problem(stale, fresh, Regenerate));
        Assert.Null(GeneratedFile.Problem(stale, File.ReadAllText(stale), Regenerate));
    }

    [Fact]
    public void Workflow_parses_and_runs_checkout_cache_build_and_upload_as_nuke_writes_it()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(CheckedInPath)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["ubuntu-latest"];
        Assert.Equal("ubuntu-latest", job["runs-on"].ToString());
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
        string? Value(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var value) ? value.ToString() : null;

        Assert.Equal("actions/checkout@v6", Value(steps[0], "uses"));
        Assert.Equal("actions/cache@v4", Value(steps[1], "uses"));
        Assert.Contains(".nuke/temp", ((YamlMappingNode)steps[1]["with"])["path"].ToString());
        Assert.Equal("Run: Test, BuildSmall, BuildMinimal, Verify, Analyze, Report", Value(steps[2], "name"));
        Assert.Equal("./build.cmd Test BuildSmall BuildMinimal Verify Analyze Report", Value(steps[2], "run"));
        var uploads = steps.Where(step => Value(step, "uses") == "actions/upload-artifact@v5").ToList();
        Assert.Equal(
            ["artifacts/test-results", "artifacts/logs", "artifacts/sources", "artifacts/dockerfiles", "artifacts/report"],
            uploads.Select(step => ((YamlMappingNode)step["with"])["path"].ToString()));
        Assert.All(uploads, step => Assert.Equal("always()", Value(step, "if")));
        Assert.Equal(["push", "pull_request"], ((YamlSequenceNode)root["on"]).Select(node => node.ToString()));
    }
}
