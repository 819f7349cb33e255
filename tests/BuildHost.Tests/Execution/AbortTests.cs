using System.Diagnostics;
using System.Runtime.InteropServices;
using BuildHost.Execution;

namespace BuildHost.Tests.Execution;

public sealed class AbortTests
{
    [Fact]
    public void Abort_marks_the_running_target_Aborted_skips_the_rest_and_exits_130()
    {
        AbortBuild.Abort = new AbortController();
        AbortBuild.IgnoresCancellation = false;

        var run = TestRun.Of<AbortBuild>(["Later"], abort: AbortBuild.Abort);

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("Aborted", run.StatusOf("Long"));
        Assert.Equal("NotRun", run.StatusOf("Later"));
        Assert.Contains("Build aborted.", run.Output);
    }

    [Fact]
    public void Abort_gives_up_waiting_after_the_grace_period()
    {
        AbortBuild.Abort = new AbortController { GracePeriod = TimeSpan.FromMilliseconds(200) };
        AbortBuild.IgnoresCancellation = true;
        var stopwatch = Stopwatch.StartNew();

        var run = TestRun.Of<AbortBuild>(["Later"], abort: AbortBuild.Abort);

        Assert.Equal(130, run.ExitCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Sigint_requests_an_abort_and_the_builds_own_registration_still_runs()
    {
        // A process started with SIGINT ignored (a background job of a non-interactive shell) keeps it ignored: .NET
        // installs no handler then, the signal below would reach nothing, and the wait would end in a bare timeout.
        if (IgnoredSignals.Contains(2))
        {
            Assert.Fail("This test process ignores SIGINT (SigIgn in /proc/self/status has SIGINT's bit, 2, set): the test runner was started with SIGINT "
                + "ignored, as a script's background job ('dotnet test ... &') is, and .NET then installs no SIGINT handler, so this test cannot "
                + "send itself one. Run it in the foreground: dotnet test tests/BuildHost.Tests --filter FullyQualifiedName~AbortTests");
        }

        var abort = new AbortController();
        using var handling = new SignalHandling(abort);
        using var buildCancellation = new CancellationTokenSource();
        using var buildsOwn = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => buildCancellation.Cancel());

        await Process.Start("kill", $"-INT {Environment.ProcessId}")!.WaitForExitAsync();

        await abort.Requested.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromSeconds(5), buildCancellation.Token).ContinueWith(_ => { });
        Assert.True(buildCancellation.IsCancellationRequested);
    }
}
