using BuildHost.Utilities.Collections;

namespace BuildHost.Tests.Execution;

/// <summary>A → B → C chain plus a failing target, recording what ran.</summary>
internal sealed class ChainBuild : NukeBuild
{
    public static readonly List<string> Ran = [];

    Target Restore => _ => _.Description("Restore packages").Executes(() => Ran.Add(nameof(Restore)));

    Target Compile => _ => _.DependsOn(Restore).Executes(() => Ran.Add(nameof(Compile)));

    Target Test => _ => _.DependsOn(Compile).Executes(() => Ran.Add(nameof(Test)));

    Target Pack => _ => _.DependsOn(Compile, Restore).Executes(() => Ran.Add(nameof(Pack)));

    Target Broken => _ => _.DependsOn(Restore).Executes(() =>
        throw new InvalidOperationException("the widget is broken", new IOException("disk full")));

    Target AfterBroken => _ => _.DependsOn(Broken).Executes(() => Ran.Add(nameof(AfterBroken)));

    Target Independent => _ => _.After(Broken).Executes(() => Ran.Add(nameof(Independent)));

    Target Cleanup => _ => _.After(Broken).AssuredAfterFailure().Executes(() => Ran.Add(nameof(Cleanup)));

    Target Tolerated => _ => _.ProceedAfterFailure().Executes(() => throw new InvalidOperationException("tolerated"));

    Target AfterTolerated => _ => _.After(Tolerated).Executes(() => Ran.Add(nameof(AfterTolerated)));

    Target Async => _ => _.Executes(async () =>
    {
        await Task.Delay(10);
        Ran.Add(nameof(Async));
    });

    Target Reporting => _ => _.Executes(() => ReportSummary(summary => summary.AddPair("Size", "42 MB").AddPair("Layers", "3")));

    Target Hidden => _ => _.Unlisted().Executes(() => Ran.Add(nameof(Hidden)));
}
