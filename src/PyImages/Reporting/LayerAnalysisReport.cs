using PyImages.Inspection;

namespace PyImages.Reporting;

/// <summary>What the report keeps of a <see cref="LayerAnalysis"/>: the figures and the largest items.</summary>
/// <param name="Efficiency">dive's score, 0..1.</param>
/// <param name="TopLayers">The largest layers, largest first.</param>
/// <param name="TopWastedFiles">The largest deleted or overwritten files, largest first.</param>
/// <param name="LargestFiles">Distroless: the largest files of the image and why each is there; null for the other variants.</param>
public sealed record LayerAnalysisReport(long WastedBytes, double Efficiency, int LayerCount, IReadOnlyList<LayerSummary> TopLayers, IReadOnlyList<WastedFile> TopWastedFiles,
    IReadOnlyList<ExplainedFile>? LargestFiles = null)
{
    public static LayerAnalysisReport From(LayerAnalysis analysis, int top = 5) => new(
        analysis.WastedBytes,
        analysis.Efficiency,
        analysis.Layers.Count,
        analysis.Layers.OrderByDescending(layer => layer.SizeBytes).Take(top).ToList(),
        analysis.TopWastedFiles(top));
}
