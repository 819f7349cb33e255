using PyImages.Reporting;

partial class Build
{
    [Parameter("Size gates per variant, e.g. small=200MB minimal=150MB (or one size for all). Report fails above them")]
    readonly string[]? MaxSize;

    [Parameter("Gates on the size over the base image, e.g. minimal=20MB")]
    readonly string[]? MaxOverBase;

    [Parameter("Lowest layer efficiency allowed (wasted bytes), e.g. 0.9 or 90%")]
    readonly string? MinEfficiency;

    [Parameter("Verify only these checks, e.g. http for an app's inner loop (import, entry-points, no-compiler, shared-libraries, non-root, no-world-writable-files, no-shell-or-package-manager, every-module-imports, http). Default: every check; the others are reported as not run")]
    readonly string[]? Checks;

    SizeGates? gates;

    SizeGates Gates => gates ??= SizeGateParser.Parse(MaxSize, MaxOverBase, MinEfficiency);

    Target Verify => _ => _
        .Description("Run every built image: packages import, entry points start, no compiler, libraries resolve, non-root; an app answers HTTP (--checks: only those)")
        .DependsOn(EnsureBaseImage)
        .After(VariantTargets)
        .Requires(() => InputIsValid)
        .Produces(LogsDirectory / "*.log")
        .Executes(async () =>
        {
            var results = await Run.VerifyAsync(Cancellation);
            ReportSummary(_ => _.AddPair("Images", results.Count.ToString()));
        });

    Target Analyze => _ => _
        .Description("Read every built image's layers: size per layer, bytes deleted or overwritten (wasted), efficiency")
        .DependsOn(EnsureBaseImage)
        .After(VariantTargets).After(Verify)
        .Requires(() => InputIsValid)
        .Executes(async () =>
        {
            var analyses = await Run.AnalyzeAsync(Cancellation);
            ReportSummary(_ => _.AddPair("Images", analyses.Count.ToString()));
        });

    Target Report => _ => _
        .Description("Tabulate the images (console, report.md, report.html, report.json, sizes.svg) and apply size gates")
        .DependsOn(EnsureBaseImage)
        .After(VariantTargets).After(Verify, Analyze)
        .Requires(() => InputIsValid)
        .Produces(ReportDirectory)
        .Executes(async () =>
        {
            var started = DateTime.UtcNow;
            try
            {
                var report = await Run.ReportAsync(Gates, cancellationToken: Cancellation);
                ReportSummary(_ => report.Variants.Where(variant => variant.SizeBytes is not null)
                    .Aggregate(_, (summary, variant) => summary.AddPair(variant.Tag, $"{variant.SizeBytes / 1e6:0.#} MB")));
            }
            finally
            {
                PublishJobSummary(ReportDirectory / ReportWriter.SummaryFileName, started);
            }
        });

    // On GitHub Actions the report (also when a size gate failed) shows on the run's page.
    static void PublishJobSummary(AbsolutePath summary, DateTime writtenSince)
    {
        if (GitHubActions.Instance?.StepSummaryFile is { } stepSummary && summary.FileExists() && File.GetLastWriteTimeUtc(summary) >= writtenSince)
            File.AppendAllText(stepSummary, summary.ReadAllText() + Environment.NewLine);
    }
}
