using BuildHost.Execution;

namespace BuildHost.Tests.Execution;

/// <summary>A build whose Long target raises an abort while it runs, as Ctrl-C would.</summary>
internal sealed class AbortBuild : NukeBuild
{
    public static AbortController Abort = new();

    public static CancellationTokenSource BuildCancellation = new();

    public static bool IgnoresCancellation;

    /// <summary>Raises the abort, then ends at once (it honours cancellation), or never (it ignores it).</summary>
    Target Long => _ => _.Executes(async () =>
    {
        Abort.RequestAbort();
        BuildCancellation.Cancel();
        if (IgnoresCancellation)
            await Task.Delay(Timeout.InfiniteTimeSpan);
    });

    Target Later => _ => _.DependsOn(Long).Executes(() => { });
}
