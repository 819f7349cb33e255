using BuildHost.Execution;

namespace BuildHost.Tests.Execution;

/// <summary>A build whose Long target raises an abort while it runs, as Ctrl-C would.</summary>
internal sealed class AbortBuild : NukeBuild
{
    public static AbortController Abort = new();

    public static CancellationTokenSource BuildCancellation = new();

    public static bool IgnoresCancellation;

    Target Long => _ => _.Executes(async () =>
    {
        Abort.RequestAbort();
        BuildCancellation.Cancel();
        await Task.Delay(IgnoresCancellation ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(50));
    });

    Target Later => _ => _.DependsOn(Long).Executes(() => { });
}
