using BuildHost.Tooling;

namespace BuildHost.Tests.Tools.DotNet;

public sealed class ProcessRunnerTests
{
    [Fact]
    public void Output_is_streamed_to_the_log_and_a_non_zero_exit_fails_naming_the_command()
    {
        ToolBuild.Script = "echo from-stdout; echo from-stderr >&2; exit 3";

        var run = TestRun.Of<ToolBuild>(["RunTool"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\[INF\] from-stdout", run.Output);
        Assert.Matches(@"\[WRN\] from-stderr", run.Output);
        Assert.Contains("Process 'sh -c", run.Output);
        Assert.Contains("exited with code 3", run.Output);
    }
}
