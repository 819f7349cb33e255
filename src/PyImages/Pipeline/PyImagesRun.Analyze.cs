using PyImages.Inspection;
using PyImages.Reporting;
using PyImages.Spec;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>Reads every built image's layers (history and saved archive): per-layer size, wasted bytes, efficiency.</summary>
    public async Task<IReadOnlyList<(VariantInfo Variant, LayerAnalysis Analysis)>> AnalyzeAsync(CancellationToken cancellationToken = default)
    {
        var analyses = new List<(VariantInfo, LayerAnalysis)>();
        foreach (var (variant, image) in await BuiltImagesAsync("Analyze", cancellationToken))
        {
            var analysis = await AnalyzeImageAsync(ImageFor(variant), cancellationToken);
            var report = LayerAnalysisReport.From(analysis);
            if (variant.Flags.Distroless)
            {
                report = report with { LargestFiles = await ExplainDistrolessAsync(ImageFor(variant), analysis, cancellationToken) };
            }

            await State.SaveAsync(StateNames.Analysis(variant.Name), new ImageState<LayerAnalysisReport>(image.Id, report), cancellationToken);
            _log.Information("Analyze {Image}: {Layers} layers, {Wasted} wasted, efficiency {Efficiency:P1}",
                ImageFor(variant), analysis.Layers.Count, ByteSize.Format(analysis.WastedBytes), analysis.Efficiency);
            foreach (var file in analysis.TopWastedFiles(3))
            {
                _log.Information("Analyze {Image}:   {Path} {Size} added in layer {Added}, {How} in layer {Removed}",
                    ImageFor(variant), file.Path, ByteSize.Format(file.SizeBytes), file.AddedInLayer, file.Overwritten ? "overwritten" : "deleted", file.RemovedInLayer);
            }

            analyses.Add((variant, analysis));
        }

        return analyses;
    }

    /// <summary>Layer analysis of any image the engine has; the saved archive is removed afterwards.</summary>
    public async Task<LayerAnalysis> AnalyzeImageAsync(string reference, CancellationToken cancellationToken = default)
    {
        await EnsureEngineAsync(cancellationToken);
        var history = LayerHistoryParser.Parse(await ContainerEngine.HistoryJsonLinesAsync(reference, cancellationToken));
        Directory.CreateDirectory(Layout.Work);
        var archive = Path.Combine(Layout.Work, $"save-{Guid.NewGuid():N}.tar");
        try
        {
            await ContainerEngine.SaveImageAsync(reference, archive, cancellationToken);
            return await LayerAnalyzer.AnalyzeAsync(archive, history, cancellationToken);
        }
        finally
        {
            File.Delete(archive);
        }
    }
}
