using PyImages.Inspection;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Templates;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>
/// Reads one image's layers (history and saved archive): per-layer size, wasted bytes, efficiency; for distroless, the
/// largest files and why each is there (from the record its builder wrote, read out of the archive); for Minimal on a
/// Debian base, the installed size its ratio is measured against.
/// </summary>
public static class AnalyzeStep
{
    private const int ExplainedFileCount = 12;

    public static async Task<ImageAnalysis> AnalyzeAsync(
        PreparedEngine prepared, VariantInfo? variant, string reference, string workDirectory, ILogger log, CancellationToken cancellationToken)
    {
        var history = LayerHistoryParser.Parse(await prepared.Engine.HistoryJsonLinesAsync(reference, cancellationToken));
        Directory.CreateDirectory(workDirectory);
        var archive = Path.Combine(workDirectory, $"save-{Guid.NewGuid():N}.tar");
        try
        {
            await prepared.Engine.SaveImageAsync(reference, archive, cancellationToken);
            var layers = await LayerAnalyzer.AnalyzeAsync(archive, history, cancellationToken);
            var report = LayerAnalysisReport.From(layers);
            if (variant is { Flags.Distroless: true })
            {
                report = report with { LargestFiles = await ExplainAsync(archive, reference, layers, log, cancellationToken) };
            }

            Log(log, reference, layers);
            var installed = variant is { Flags: { CopyInstalledTree: true, Distroless: false } } && prepared.Base.Family == BaseFamily.Debian
                ? await InstalledBytesAsync(prepared, reference, log, cancellationToken)
                : (long?)null;
            return new ImageAnalysis(layers, report, installed);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    /// <summary>Null, with a warning, when the record is not in the image or does not read.</summary>
    private static async Task<IReadOnlyList<ExplainedFile>?> ExplainAsync(
        string archive, string reference, LayerAnalysis layers, ILogger log, CancellationToken cancellationToken)
    {
        var text = await ImageArchiveReader.ReadTextFileAsync(archive, DockerfileLayout.DistrolessManifest, cancellationToken);
        if ((text is null ? null : DistrolessManifest.Parse(text)) is not { } manifest)
        {
            log.Warning("Analyze {Image}: the distroless record {Path} {Why}", reference, DockerfileLayout.DistrolessManifest,
                text is null ? "is not in the image" : "is not a record of this PyImages (its schema differs)");
            return null;
        }

        var explained = manifest.Explain(layers.FindFiles(_ => true, FileScope.FinalImage), ExplainedFileCount);
        foreach (var file in explained)
        {
            log.Information("Analyze {Image}:   {Path} {Size}: {Reason}", reference, file.Path, ByteSize.Format(file.SizeBytes), file.Reason);
        }

        return explained;
    }

    private static async Task<long> InstalledBytesAsync(PreparedEngine prepared, string reference, ILogger log, CancellationToken cancellationToken)
    {
        var size = await InstalledSizeProbe.MeasureAsync(
            prepared.Engine, reference, prepared.Base.Reference, prepared.Base.PythonExecutable, DockerfileLayout.PackagesDirectory, cancellationToken);
        log.Information("Installed size in {Image}: packages {Packages}, runtime libraries {Runtime} ({Names})",
            reference, ByteSize.Format(size.PackagesBytes), ByteSize.Format(size.RuntimePackageBytes.Values.Sum()), string.Join(", ", size.RuntimePackageBytes.Keys));
        return size.TotalBytes;
    }

    private static void Log(ILogger log, string reference, LayerAnalysis layers)
    {
        log.Information("Analyze {Image}: {Layers} layers, {Wasted} wasted, efficiency {Efficiency:P1}",
            reference, layers.Layers.Count, ByteSize.Format(layers.WastedBytes), layers.Efficiency);
        foreach (var file in layers.TopWastedFiles(3))
        {
            log.Information("Analyze {Image}:   {Path} {Size} added in layer {Added}, {How} in layer {Removed}",
                reference, file.Path, ByteSize.Format(file.SizeBytes), file.AddedInLayer, file.Overwritten ? "overwritten" : "deleted", file.RemovedInLayer);
        }
    }
}
