namespace BuildHost.Tests.Execution;

public sealed class RelationsTests
{
    public RelationsTests()
    {
        RelationsBuild.Ran.Clear();
        (RelationsBuild.StaticGate, RelationsBuild.DynamicGate) = (true, true);
    }

    [Fact]
    public void Triggers_TriggeredBy_DependentFor_and_Before_shape_the_order()
    {
        var run = TestRun.Of<RelationsBuild>(["Publish", "Announce"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Announce", "Lint", "Publish", "Notify", "Archive"], RelationsBuild.Ran);
    }

    [Fact]
    public void OnlyWhenStatic_false_skips_before_the_run_and_shows_in_the_plan()
    {
        RelationsBuild.StaticGate = false;

        var plan = TestRun.Of<RelationsBuild>(["Gated", "--plan"]);
        var run = TestRun.Of<RelationsBuild>(["Gated"]);

        Assert.Contains("1. Gated (skipped: condition '() => StaticGate' is false)", plan.Output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Skipped", run.StatusOf("Gated"));
        Assert.Empty(RelationsBuild.Ran);
    }

    [Fact]
    public void OnlyWhenDynamic_is_evaluated_after_dependencies_ran()
    {
        var run = TestRun.Of<RelationsBuild>(["Dynamic"], prepare: _ => RelationsBuild.DynamicGate = false);

        Assert.Equal(["Announce"], RelationsBuild.Ran);
        Assert.Equal("Skipped", run.StatusOf("Dynamic"));
    }

    [Fact]
    public void Unmet_requirement_fails_before_any_target_runs()
    {
        RelationsBuild.StaticGate = false;

        var run = TestRun.Of<RelationsBuild>(["Guarded"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Target Guarded: Requirement '", run.Output);
        Assert.Empty(RelationsBuild.Ran);
    }

    [Fact]
    public void Cycles_are_an_error_naming_the_cycle()
    {
        var run = TestRun.Of<CycleBuild>(["Second"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Circular dependency between targets: Second -> First -> Third -> Second.", run.Output);
    }
}
