using BuildHost.IO;

namespace BuildHost.Tests.Components;

public sealed class ComponentsTests
{
    private const string Solution = """
        Microsoft Visual Studio Solution File, Format Version 12.00
        # Visual Studio Version 17
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "App", "src\App\App.csproj", "{11111111-1111-1111-1111-111111111111}"
        EndProject
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "App.Tests", "tests\App.Tests\App.Tests.csproj", "{22222222-2222-2222-2222-222222222222}"
        EndProject
        Global
        EndGlobal
        """;

    private const string Trx = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult testName="Adds" outcome="Passed" />
            <UnitTestResult testName="Subtracts" outcome="Passed" />
            <UnitTestResult testName="Divides" outcome="Failed" />
            <UnitTestResult testName="Needs.An.Engine" outcome="NotExecuted"><Output><ErrorInfo><Message>no engine here</Message></ErrorInfo></Output></UnitTestResult>
          </Results>
        </TestRun>
        """;

    public ComponentsTests() => ComponentsBuild.Seen.Clear();

    private static void WithSolution(AbsolutePath root)
    {
        (root / "App.sln").WriteAllText(Solution);
        (root / ".nuke" / "parameters.json").WriteAllText("""{ "Solution": "App.sln" }""");
    }

    [Fact]
    public void ITest_reports_the_trx_counts_in_the_summary_table_and_the_closing_line_and_names_skipped_tests()
    {
        var results = Directory.CreateTempSubdirectory("buildhost-tests-").FullName;
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "App.Tests.trx"), Trx);
        ComponentsBuild.ResultDirectory = results;

        var run = TestRun.Of<ComponentsBuild>(["CountTests"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"CountTests\s+Succeeded\s+[^/]+   // Failed: 1, Passed: 2, Skipped: 1", run.Output);
        Assert.Contains("[INF] Test: 2 passed, 1 failed, 1 skipped", run.Output);
        Assert.Contains("[WRN] Skipped Needs.An.Engine: no engine here", run.Output);
    }

    [Fact]
    public void The_solution_comes_from_parameters_json_and_the_test_projects_from_it()
    {
        var run = TestRun.Of<ComponentsBuild>(["ListTestProjects"], prepare: WithSolution);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["App.Tests:tests/App.Tests/App.Tests.csproj"], ComponentsBuild.Seen);
    }

    [Fact]
    public void Configuration_is_Debug_locally_Release_on_a_server_or_as_given()
    {
        TestRun.Of<ComponentsBuild>(["ShowConfiguration"]);
        TestRun.Of<ComponentsBuild>(["ShowConfiguration"], environment: new() { ["GITHUB_ACTIONS"] = "true" });
        TestRun.Of<ComponentsBuild>(["ShowConfiguration", "--configuration", "release"]);

        Assert.Equal(["Debug", "Release", "Release"], ComponentsBuild.Seen);
    }

    [Fact]
    public void A_components_required_solution_is_needed_only_when_one_of_its_targets_runs()
    {
        var own = TestRun.Of<ComponentsBuild>(["ShowConfiguration"]);
        var component = TestRun.Of<ComponentsBuild>(["Restore"]);

        Assert.True(own.ExitCode == 0, own.Output);
        Assert.Equal(1, component.ExitCode);
        Assert.Contains("Parameter 'Solution' is required: pass --solution <value>, set it in .nuke/parameters.json", component.Output);
    }

    [Fact]
    public void A_missing_solution_file_is_one_message_naming_it()
    {
        var run = TestRun.Of<ComponentsBuild>(["ShowConfiguration"], prepare: root => (root / ".nuke" / "parameters.json").WriteAllText("""{ "Solution": "Gone.sln" }"""));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Gone.sln' does not exist: set \"Solution\" in .nuke/parameters.json", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public void Skipping_Compile_skips_the_Restore_that_only_it_needs()
    {
        var run = TestRun.Of<ComponentsBuild>(["Test", "--skip", "Compile", "--plan"], prepare: WithSolution);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1. Restore (skipped: Compile is skipped)", run.Output);
        Assert.Contains("2. Compile (skipped: --skip)", run.Output);
        Assert.Contains("3. Test\n", run.Output.Replace("\r", ""));
    }
}
