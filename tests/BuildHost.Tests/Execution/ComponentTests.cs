namespace BuildHost.Tests.Execution;

public sealed class ComponentTests
{
    public ComponentTests() => ComponentBuild.Ran.Clear();

    [Fact]
    public void Interface_targets_and_parameters_are_found_and_hooks_are_called()
    {
        var run = TestRun.Of<ComponentBuild>(["Ship", "--greeting", "hello"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["initialized", "running:Prepare", "Prepare:hello", "succeeded:Prepare", "running:Package", "Package", "succeeded:Package",
             "running:Ship", "Ship", "succeeded:Ship", "finished"],
            ComponentBuild.Ran);
    }

    [Fact]
    public void Help_lists_interface_targets_and_parameters()
    {
        var run = TestRun.Of<ComponentBuild>(["--help"]);

        Assert.Matches(@"Package\s+-> Prepare", run.Output);
        Assert.Matches(@"--greeting <string>\s+Greeting the component prints", run.Output);
    }
}
