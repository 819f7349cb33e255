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

        var measured = new List<VariantMeasurements>();
        foreach (var variant in RequestedVariants)
        {
            measured.Add(await MeasurementsAsync(variant, cancellationToken));
        }

        var report = ReportAssembly.Build(
            DateTimeOffset.UtcNow,
            new EngineSummary(engine.Kind.ToString(), engine.Version, engine.Builder, baseFacts.SizeAccounting),
            new BaseImageSummary(baseImage.ConfiguredReference, baseImage.Reference, baseImage.Bootstrapped, baseFacts.SizeBytes),
            measured,
            gates,
            Hints);

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

    /// <summary>What the earlier steps (this run or an earlier one) recorded for this checkout's image of the variant.</summary>
    private async Task<VariantMeasurements> MeasurementsAsync(VariantInfo variant, CancellationToken cancellationToken)
    {
        var reference = ImageSpec.ImageFor(variant.Variant);
        var outcome = State.Load<VariantOutcome>(StateNames.Outcome(variant.Name));
        var (image, built, notOurs) = variant.ExpectBuildFailure ? (null, null, null) : await OwnImageAsync(variant, cancellationToken);
        if (notOurs is not null)
        {
            _log.Warning("Report: {NotOurs}; not reported as this checkout's {Variant}", notOurs, variant.Name);
        }

        return image is null
            ? new VariantMeasurements(variant, reference, outcome, NotOurs: notOurs)
            : new VariantMeasurements(
                variant,
                reference,
                outcome,
                image,
                built,
                Verification: Current<VerificationResult>(StateNames.Verification(variant.Name), image),
                Analysis: Current<LayerAnalysisReport>(StateNames.Analysis(variant.Name), image),
                // Minimal's ratio measures what lies over the base; distroless has no base under it (bench/distroless.py measures its limit).
                InstalledBytes: variant.Flags.CopyInstalledTree && !variant.Flags.Distroless ? await InstalledSizeAsync(reference.ToString(), cancellationToken) : null);
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
