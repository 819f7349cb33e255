namespace BuildHost.Tests.Execution;

public sealed class ExecutionTests
{
    public ExecutionTests() => ChainBuild.Ran.Clear();

    [Fact]
    public void Dependencies_run_first_and_once()
    {
        var run = TestRun.Of<ChainBuild>(["Test", "Pack"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore", "Compile", "Test", "Pack"], ChainBuild.Ran);
    }

    [Fact]
    public void Target_names_match_case_and_dash_insensitively_positional_or_with_target()
    {
        TestRun.Of<ChainBuild>(["--target", "com-pile"]);
        TestRun.Of<ChainBuild>(["TEST"]);

        Assert.Equal(["Restore", "Compile", "Restore", "Compile", "Test"], ChainBuild.Ran);
    }

    [Fact]
    public void Default_target_runs_when_none_is_named()
    {
        var run = TestRun.Of<ChainBuild>([], defaults: ["Compile"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore", "Compile"], ChainBuild.Ran);
    }

    [Fact]
    public void Unknown_target_is_an_error_listing_the_targets()
    {
        var run = TestRun.Of<ChainBuild>(["Deploy"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Unknown target 'Deploy'. Available targets: Restore, Compile, Test", run.Output);
        Assert.DoesNotContain("Hidden", run.Output);
        Assert.Empty(ChainBuild.Ran);
    }

    [Fact]
    public void A_failing_target_stops_the_run_shows_its_messages_and_the_summary()
    {
        var run = TestRun.Of<ChainBuild>(["AfterBroken", "Independent", "Cleanup"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Target Broken failed: the widget is broken ---> disk full", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
        Assert.Equal("Failed", run.StatusOf("Broken"));
        Assert.Equal("NotRun", run.StatusOf("AfterBroken"));
        Assert.Equal("NotRun", run.StatusOf("Independent"));
        Assert.Equal("Succeeded", run.StatusOf("Cleanup"));
        Assert.Contains("Total", run.Output);
        Assert.Contains("Build failed.", run.Output);
        Assert.Contains("InvalidOperationException", run.LogFile);
        Assert.Contains("   at ", run.LogFile);
    }

    [Fact]
    public void Verbose_console_shows_the_full_exception()
    {
        var run = TestRun.Of<ChainBuild>(["Broken", "--verbosity", "verbose"]);

        Assert.Contains("System.InvalidOperationException: the widget is broken", run.Output);
        Assert.Contains("   at ", run.Output);
    }

    [Fact]
    public void Continue_runs_independent_targets_but_not_dependants()
    {
        var run = TestRun.Of<ChainBuild>(["AfterBroken", "Independent", "--continue"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("NotRun", run.StatusOf("AfterBroken"));
        Assert.Equal(["Restore", "Independent"], ChainBuild.Ran);
    }

    [Fact]
    public void ProceedAfterFailure_lets_the_run_go_on_but_the_build_fails()
    {
        var run = TestRun.Of<ChainBuild>(["Tolerated", "AfterTolerated"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["AfterTolerated"], ChainBuild.Ran);
    }

    [Fact]
    public void Skip_with_names_skips_those_targets()
    {
        var run = TestRun.Of<ChainBuild>(["Test", "--skip", "restore"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Compile", "Test"], ChainBuild.Ran);
        Assert.Equal("Skipped", run.StatusOf("Restore"));
    }

    [Fact]
    public void Bare_skip_runs_only_the_named_targets()
    {
        var run = TestRun.Of<ChainBuild>(["Test", "--skip"]);

        Assert.Equal(["Test"], ChainBuild.Ran);
        Assert.Equal("Skipped", run.StatusOf("Compile"));
    }

    [Fact]
    public void Plan_prints_the_order_without_running()
    {
        var run = TestRun.Of<ChainBuild>(["Pack", "--plan"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1. Restore\n  2. Compile\n  3. Pack", run.Output.Replace("\r", ""));
        Assert.Empty(ChainBuild.Ran);
    }

    [Fact]
    public void Async_bodies_are_awaited()
    {
        TestRun.Of<ChainBuild>(["Async"]);

        Assert.Equal(["Async"], ChainBuild.Ran);
    }

    [Fact]
    public void Help_lists_targets_with_descriptions_and_dependencies_and_parameters()
    {
        var run = TestRun.Of<ChainBuild>(["--help"], defaults: ["Test"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Restore\s+Restore packages", run.Output);
        Assert.Matches(@"Test \(default\)\s+-> Compile", run.Output);
        Assert.Contains("-> Compile, Restore", run.Output);
        Assert.Contains("--skip", run.Output);
        Assert.DoesNotContain("Hidden", run.Output);
        Assert.Empty(ChainBuild.Ran);
    }

    [Fact]
    public void Missing_root_marker_is_an_error_and_so_is_a_root_that_is_not_a_checkout()
    {
        var folder = Directory.CreateTempSubdirectory("buildhost-tests-").FullName;
        Directory.CreateDirectory(folder);
        (int ExitCode, string Output) Run(params string[] args) => TestRun.Capture(() => BuildHost.Execution.BuildEntry.Run(
            new BuildHost.Execution.BuildInvocation(() => new ChainBuild(), [], args, folder, new Dictionary<string, string>(), new BuildHost.Execution.AbortController())));

        var walkingUp = Run("Restore");
        var missingRoot = Run("Restore", "--root", Path.Combine(folder, "nonexistent"));
        var noCheckout = Run("Restore", "--root", folder);

        Assert.NotEqual(0, walkingUp.ExitCode);
        Assert.Contains("No '.nuke' folder found", walkingUp.Output);
        Assert.NotEqual(0, missingRoot.ExitCode);
        Assert.Contains($"--root '{Path.Combine(folder, "nonexistent")}' is not a root of this build: it has no .nuke folder", missingRoot.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "nonexistent")));
        Assert.NotEqual(0, noCheckout.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Assert.Empty(ChainBuild.Ran);
    }

    [Fact]
    public void Plan_is_a_switch_after_the_targets_as_in_nuke()
    {
        var run = TestRun.Of<ChainBuild>(["--plan", "Pack"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Parameter '--plan' is a switch: 'Pack' is not true or false.", run.Output);
        Assert.Contains("target names go before the options, as in 'BuildSmall --plan'", run.Output);
    }

    [Fact]
    public void The_summary_shows_what_targets_report_and_a_failure_its_exception()
    {
        var run = TestRun.Of<ChainBuild>(["Reporting", "Broken", "--continue"]);

        Assert.Matches(@"Reporting\s+Succeeded\s+[^/]+   // Size: 42 MB, Layers: 3", run.Output);
        Assert.Matches(@"Broken\s+Failed\s+[^/]+   // InvalidOperationException: the widget is broken", run.Output);
    }
}
