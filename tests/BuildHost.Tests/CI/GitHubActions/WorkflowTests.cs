using BuildHost.IO;

namespace BuildHost.Tests.CI.GitHubActions;

public sealed class WorkflowTests
{
    private static string Workflow(TestRun run) => (run.Root / ".github" / "workflows" / "checks.yml").ReadAllText();

    [Fact]
    public void Generate_configuration_writes_the_workflow_with_header_cache_run_and_uploads()
    {
        var run = TestRun.Of<WorkflowBuild>(["--generate-configuration", "GitHubActions_checks", "--host", "GitHubActions"]);

        Assert.Equal(0, run.ExitCode);
        var yaml = Workflow(run);
        Assert.Contains("#     ./build.sh --generate-configuration GitHubActions_checks --host GitHubActions", yaml);
        Assert.Contains("on:\n  push:\n    branches:\n      - main", yaml);
        Assert.Contains("uses: actions/cache@v4", yaml);
        Assert.Contains("key: ${{ runner.os }}-${{ hashFiles('global.json') }}", yaml);
        Assert.Contains("run: ./build.sh Report", yaml);
        Assert.Contains("path: artifacts/images\n", yaml);
        Assert.Contains("path: artifacts/report\n", yaml);
        Assert.DoesNotContain("unrelated", yaml);
    }

    [Fact]
    public void Unknown_configuration_is_an_error_naming_the_known_ones()
    {
        var run = TestRun.Of<WorkflowBuild>(["--generate-configuration", "GitHubActions_nope"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown configuration 'GitHubActions_nope'. Available: GitHubActions_checks.", run.Output);
    }

    [Fact]
    public void Local_runs_regenerate_a_stale_workflow_and_server_runs_do_not()
    {
        void Stale(AbsolutePath root) => (root / ".github/workflows/checks.yml").WriteAllText("stale");

        var local = TestRun.Of<WorkflowBuild>(["Unrelated"], prepare: Stale);
        var server = TestRun.Of<WorkflowBuild>(["Unrelated"], prepare: Stale, environment: new() { ["GITHUB_ACTIONS"] = "true" });

        Assert.Contains("run: ./build.sh Report", Workflow(local));
        Assert.Contains("Regenerated .github/workflows/checks.yml", local.Output);
        Assert.Equal("stale", Workflow(server));
    }
}
