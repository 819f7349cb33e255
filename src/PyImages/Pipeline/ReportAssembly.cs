using PyImages.Engine;
using PyImages.Reporting;
using PyImages.Spec;

namespace PyImages.Pipeline;

/// <summary>
/// The report from the values the earlier steps produced: no engine, no file, no clock of its own, so every rule of
/// the table (not built, failed as expected, stale, the figures against the base and Big) is tested without an engine.
/// </summary>
public static class ReportAssembly
{
    public static Report Build(
        DateTimeOffset generatedAt,
        EngineSummary engine,
        BaseImageSummary baseImage,
        IEnumerable<VariantMeasurements> variants,
        SizeGates gates,
        HostHints? hints = null)
    {
        var rows = new List<VariantReport>();
        long? bigSize = null;
        foreach (var variant in variants)
        {
            var row = Row(variant, baseImage.SizeBytes, bigSize);
            bigSize ??= variant.Variant.Variant == Variant.Big ? row.SizeBytes : null;
            rows.Add(row);
        }

        var report = new Report(Report.CurrentVersion, generatedAt, engine, baseImage, rows, []);
        return report with { Gates = SizeGateEvaluator.Evaluate(report, gates, hints) };
    }

    /// <summary>
    /// One variant's row: only the image this checkout's last successful build made (an image of the same name built by
    /// hand or by another checkout is named, not shown); marked stale when the variant's latest build failed.
    /// </summary>
    public static VariantReport Row(VariantMeasurements measured, long baseSize, long? bigSize)
    {
        var (variant, reference, outcome, image) = (measured.Variant, measured.Reference, measured.Outcome, measured.Image);
        if (image is null)
        {
            var notBuilt = outcome?.ToReport() is { Kind: BuildOutcomeKind.FailedAsExpected or BuildOutcomeKind.Failed } recorded
                ? recorded
                : BuildOutcome.NotBuilt(measured.NotOurs);
            return new VariantReport(variant.Name, reference.Repository, reference.Tag!, null, null, null, null, null, null, notBuilt, []);
        }

        var status = outcome is { Status: BuildOutcomeKind.Failed } failed
            ? BuildOutcome.Stale($"the latest build failed ({failed.Reason}); this is the image of the last successful build, {measured.Built?.BuiltAt:yyyy-MM-dd HH:mm} UTC")
            : BuildOutcome.Succeeded;
        var overBase = VariantFigures.SizeOverBase(image.SizeBytes, baseSize);
        return new VariantReport(
            variant.Name,
            reference.Repository,
            reference.Tag!,
            image.ShortId,
            image.Created,
            image.SizeBytes,
            overBase,
            VariantFigures.ChangePercent(image.SizeBytes, bigSize),
            measured.Verification?.Facts?.CompilerPresent,
            status,
            measured.Verification?.Checks ?? [],
            measured.Analysis,
            measured.InstalledBytes,
            VariantFigures.MinimalRatio(overBase, measured.InstalledBytes),
            measured.Verification?.NotRunChecks is { Count: > 0 } notRun ? notRun : null);
    }
}
