using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Verification;
using Spectre.Console;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Tabulates the requested variants as the engine has them now, with the outcomes, verification and analysis
    /// that earlier steps (this run or an earlier one) recorded for exactly those images. Prints the table, writes
    /// report.md, sizes.svg, report.html and report.json atomically, then applies the size gates.
    /// </summary>
    public async Task<Report> ReportAsync(SizeGates gates, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        // The base image first: ensuring it confirms the builder's features, which the engine summary names.
        var baseImage = await EnsureBaseImageAsync(cancellationToken);
        var engine = await EnsureEngineAsync(cancellationToken);
        var baseFacts = ImageFactsParser.Parse(await ContainerEngine.InspectImageJsonAsync(baseImage.Reference, cancellationToken));

        var rows = new List<VariantReport>();
        long? bigSize = null;
        foreach (var variant in RequestedVariants)
        {
            var row = await RowAsync(variant, baseFacts, bigSize, cancellationToken);
            bigSize ??= variant.Variant == Variant.Big ? row.SizeBytes : null;
            rows.Add(row);
        }

        var report = new Report(
            Report.CurrentVersion,
            DateTimeOffset.UtcNow,
            new EngineSummary(engine.Kind.ToString(), engine.Version, engine.Builder, baseFacts.SizeAccounting),
            new BaseImageSummary(baseImage.ConfiguredReference, baseImage.Reference, baseImage.Bootstrapped, baseFacts.SizeBytes),
            rows,
            []);
        report = report with { Gates = SizeGateEvaluator.Evaluate(report, gates, Hints) };

        var files = await ReportWriter.WriteAsync(report, Layout.Reports, Secrets, cancellationToken: cancellationToken);
        ConsoleReportWriter.Write(report, console ?? WideWhenRedirected(), new SecretMasker(Secrets));
        _log.Information("Report: {Markdown}, {Html}, {Json}", files.Markdown, files.Html, files.Json);

        var violations = SizeGateEvaluator.Violations(report.Gates);
        if (violations.Count > 0)
        {
            throw new PyImagesException("Size gates failed:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v)));
        }

        return report;
    }

    /// <summary>
    /// One variant's row: only the image this checkout's last successful build made (an image of the same name built by
    /// hand or by another checkout is named, not shown); marked stale when the variant's latest build failed.
    /// </summary>
    private async Task<VariantReport> RowAsync(VariantInfo variant, ImageFacts baseFacts, long? bigSize, CancellationToken cancellationToken)
    {
        var reference = ImageSpec.ImageFor(variant.Variant);
        var outcome = State.Load<VariantOutcome>(StateNames.Outcome(variant.Name));
        var (image, built, notOurs) = variant.ExpectBuildFailure ? (null, null, null) : await OwnImageAsync(variant, cancellationToken);
        if (notOurs is not null)
        {
            _log.Warning("Report: {NotOurs}; not reported as this checkout's {Variant}", notOurs, variant.Name);
        }

        if (image is null)
        {
            var notBuilt = outcome?.ToReport() is { Kind: BuildOutcomeKind.FailedAsExpected or BuildOutcomeKind.Failed } recorded
                ? recorded
                : BuildOutcome.NotBuilt(notOurs);
            return new VariantReport(variant.Name, reference.Repository, reference.Tag!, null, null, null, null, null, null, notBuilt, []);
        }

        var status = outcome is { Status: BuildOutcomeKind.Failed } failed
            ? BuildOutcome.Stale($"the latest build failed ({failed.Reason}); this is the image of the last successful build, {built!.BuiltAt:yyyy-MM-dd HH:mm} UTC")
            : BuildOutcome.Succeeded;

        var verification = Current<VerificationResult>(StateNames.Verification(variant.Name), image);
        var analysis = Current<LayerAnalysisReport>(StateNames.Analysis(variant.Name), image);
        var installed = variant.Flags.CopyInstalledTree ? await InstalledSizeAsync(reference.ToString(), cancellationToken) : null;
        var overBase = VariantFigures.SizeOverBase(image.SizeBytes, baseFacts.SizeBytes);
        return new VariantReport(
            variant.Name,
            reference.Repository,
            reference.Tag!,
            image.ShortId,
            image.Created,
            image.SizeBytes,
            overBase,
            VariantFigures.ChangePercent(image.SizeBytes, bigSize),
            verification?.Facts?.CompilerPresent,
            status,
            verification?.Checks ?? [],
            analysis,
            installed,
            VariantFigures.MinimalRatio(overBase, installed));
    }

    // Redirected output (CI logs, files) has no width of its own; Spectre would assume 80 columns and elide the table.
    private static IAnsiConsole WideWhenRedirected()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings());
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>A recorded step result, only when it was recorded for this very image.</summary>
    private T? Current<T>(string name, ImageFacts image)
        where T : class =>
        State.Load<ImageState<T>>(name) is { } state && state.ImageId == image.Id ? state.Value : null;

    private async Task<long?> InstalledSizeAsync(string reference, CancellationToken cancellationToken)
    {
        if (_base!.Family != BaseFamily.Debian)
        {
            return null;
        }

        var size = await InstalledSizeProbe.MeasureAsync(ContainerEngine, reference, _base.Reference, _base.PythonExecutable, DockerfileLayout.PackagesDirectory, cancellationToken);
        _log.Information("Installed size in {Image}: packages {Packages}, runtime libraries {Runtime} ({Names})",
            reference, ByteSize.Format(size.PackagesBytes), ByteSize.Format(size.RuntimePackageBytes.Values.Sum()), string.Join(", ", size.RuntimePackageBytes.Keys));
        return size.TotalBytes;
    }
}
