using PyImages.Inspection;
using PyImages.Pipeline.Steps;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Verification;
using Spectre.Console;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Tabulates the requested variants from what the earlier steps (this run or an earlier one) recorded for exactly the
    /// images their tags name now: the engine is asked only which image each tag names; no container runs and no image
    /// Verify or Analyze measured is measured again. Prints the table, writes report.md, sizes.svg, report.html and
    /// report.json atomically, then applies the size gates.
    /// </summary>
    public async Task<Report> ReportAsync(SizeGates gates, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(cancellationToken);
        var measured = new List<VariantMeasurements>();
        foreach (var variant in RequestedVariants)
        {
            measured.Add(await MeasurementsAsync(prepared, variant, cancellationToken));
        }

        var report = ReportAssembly.Build(
            DateTimeOffset.UtcNow,
            new EngineSummary(prepared.Info.Kind.ToString(), prepared.Info.Version, prepared.Info.Builder, prepared.BaseImage.SizeAccounting),
            new BaseImageSummary(prepared.Base.ConfiguredReference, prepared.Base.Reference, prepared.Base.Bootstrapped, prepared.BaseImage.SizeBytes),
            measured,
            gates,
            Hints);

        var files = await ReportWriter.WriteAsync(report, Layout.Reports, Secrets, cancellationToken: cancellationToken);
        ConsoleReportWriter.Write(report, console ?? WideWhenRedirected(), new SecretMasker(Secrets));
        _log.Information("Report: {Markdown}, {Html}, {Json}", files.Markdown, files.Html, files.Json);

        var violations = SizeGateEvaluator.Violations(report.Gates);
        return violations.Count == 0
            ? report
            : throw new PyImagesException("Size gates failed:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v)));
    }

    /// <summary>What the earlier steps recorded for this checkout's image of the variant.</summary>
    private async Task<VariantMeasurements> MeasurementsAsync(PreparedEngine prepared, VariantInfo variant, CancellationToken cancellationToken)
    {
        var reference = ImageSpec.ImageFor(variant.Variant);
        var outcome = State.Load<VariantOutcome>(StateNames.Outcome(variant.Name));
        var own = variant.ExpectBuildFailure ? OwnImage.None : await OwnImageAsync(prepared, variant, cancellationToken);
        if (own.NotOurs is not null)
        {
            _log.Warning("Report: {NotOurs}; not reported as this checkout's {Variant}", own.NotOurs, variant.Name);
        }

        if (own.Image is not { } image)
        {
            return new VariantMeasurements(variant, reference, outcome, NotOurs: own.NotOurs);
        }

        var analysis = Recorded<AnalysisRecord>(StateNames.Analysis(variant.Name), image);
        return new VariantMeasurements(
            variant,
            reference,
            outcome,
            image,
            own.Built,
            Verification: Recorded<VerificationResult>(StateNames.Verification(variant.Name), image),
            Analysis: analysis?.Layers,
            InstalledBytes: analysis?.InstalledBytes);
    }

    /// <summary>The requested variants that have an image this checkout built, with its facts; fails when there is none at all.</summary>
    private async Task<IReadOnlyList<(VariantInfo Variant, ImageFacts Image)>> BuiltImagesAsync(string step, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(cancellationToken);
        var expected = RequestedVariants.Where(v => !v.ExpectBuildFailure).ToList();
        var built = new List<(VariantInfo, ImageFacts)>();
        foreach (var variant in expected)
        {
            var own = await OwnImageAsync(prepared, variant, cancellationToken);
            if (own.Image is { } image)
            {
                built.Add((variant, image));
            }
            else if (own.NotOurs is not null)
            {
                _log.Warning("{Step}: {NotOurs}; skipped", step, own.NotOurs);
            }
            else
            {
                _log.Information("{Step}: {Image} is not built; skipped", step, ImageFor(variant));
            }
        }

        return built.Count > 0
            ? built
            : throw new PyImagesException(
                $"{step}: none of the images is built by this checkout ({string.Join(", ", expected.Select(ImageFor))}). "
                + $"Build one first, e.g. {Hints.BuildThen(Variant.Small, step)}.");
    }

    private Task<OwnImage> OwnImageAsync(PreparedEngine prepared, VariantInfo variant, CancellationToken cancellationToken) =>
        OwnImageLookup.FindAsync(prepared.Engine, ImageFor(variant), Owner, State.Load<BuiltImage>(StateNames.Built(variant.Name)), cancellationToken);

    /// <summary>A recorded step result, only when it was recorded for this very image.</summary>
    private T? Recorded<T>(string name, ImageFacts image)
        where T : class =>
        State.Load<ImageState<T>>(name) is { } state && state.ImageId == image.Id ? state.Value : null;

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
}
