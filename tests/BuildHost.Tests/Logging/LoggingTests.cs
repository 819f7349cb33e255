using BuildHost.Tests.Parameters;

namespace BuildHost.Tests.Logging;

public sealed class LoggingTests
{
    [Fact]
    public void Console_lines_read_time_level_message_and_go_to_the_log_file_too()
    {
        var run = TestRun.Of<ParameterBuild>(["Show", "--name", "x"]);

        Assert.Matches(@"(?m)^\d\d:\d\d:\d\d \[INF\] Logging in with null$", run.Output);
        Assert.Contains("[INF] Logging in with", run.LogFile);
        Assert.Contains("Build succeeded.", run.LogFile);
    }

    [Fact]
    public void Secret_values_are_masked_everywhere_including_library_log_calls()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], environment: new Dictionary<string, string> { ["PASSWORD"] = "hunter2" });

        Assert.Equal("hunter2", ParameterBuild.Last!.Password);
        Assert.Contains("Logging in with *****", run.Output);
        Assert.DoesNotContain("hunter2", run.Output);
        Assert.DoesNotContain("hunter2", run.LogFile);
    }

    [Fact]
    public void Warnings_and_errors_are_repeated_at_the_end()
    {
        var run = TestRun.Of<BuildHost.Tests.Execution.ChainBuild>(["Broken"]);

        var repeated = run.Output[run.Output.IndexOf("Warnings and errors:", StringComparison.Ordinal)..];
        Assert.Contains("[ERR] Target Broken failed: the widget is broken", repeated);
    }

    [Fact]
    public void Quiet_hides_information_but_not_the_summary()
    {
        var run = TestRun.Of<ParameterBuild>(["Show", "--verbosity", "quiet"]);

        Assert.DoesNotContain("Logging in with", run.Output);
        Assert.Contains("Succeeded", run.Output);
        Assert.Contains("Logging in with", run.LogFile);
    }
}
