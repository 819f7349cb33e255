namespace PyImages.Reporting;

/// <summary>The secondary tables (verification, layers, wasted files, gates) as text cells, shared by the Markdown and HTML writers.</summary>
public static class ReportSections
{
    public const string FailedCheck = "FAILED";
    public const string TrippedGate = "TRIPPED";

    public static IReadOnlyList<string> CheckHeader { get; } = ["IMAGE", "CHECK", "RESULT", "OUTPUT"];

    public static IReadOnlyList<string> LayerHeader { get; } = ["LAYER", "SIZE", "WASTED", "FILES", "INSTRUCTION"];

    public static IReadOnlyList<string> WastedFileHeader { get; } = ["WASTED FILE", "SIZE", "ADDED IN LAYER", "REMOVED IN LAYER"];

    public static IReadOnlyList<string> LargestFileHeader { get; } = ["FILE", "SIZE", "WHY IT IS THERE"];

    public static IReadOnlyList<IReadOnlyList<string>> LargestFileRows(LayerAnalysisReport layers) =>
        (layers.LargestFiles ?? []).Select(file => (IReadOnlyList<string>)[file.Path, ReportText.Size(file.SizeBytes), file.Reason]).ToList();

    public static IReadOnlyList<string> GateHeader { get; } = ["IMAGE", "GATE", "LIMIT", "FIGURE", "RESULT"];

    public const string NotRun = "not run";

    public const string NotRunDetail = "left out by --checks; not verified";

    public static IReadOnlyList<IReadOnlyList<string>> CheckRows(Report report) =>
        report.Variants.SelectMany(variant => variant.Checks.Select(check => (IReadOnlyList<string>)
            [variant.Reference, check.Name, check.Result, check.Detail])
            .Concat((variant.NotRunChecks ?? []).Select(check => (IReadOnlyList<string>)[variant.Reference, check, NotRun, NotRunDetail]))).ToList();

    public static string LayerLine(VariantReport variant) =>
        $"{variant.Layers!.LayerCount} layers, wasted {ReportText.Size(variant.Layers.WastedBytes)} ({variant.Layers.WastedBytes} bytes), efficiency {ReportText.Fraction(variant.Layers.Efficiency)}"
        + (variant.MinimalRatio is { } ratio ? $", size over base / installed size {ratio:0.00}." : ".");

    public static IReadOnlyList<IReadOnlyList<string>> LayerRows(LayerAnalysisReport layers) =>
        layers.TopLayers.Select(layer => (IReadOnlyList<string>)
            [layer.Index.ToString(), ReportText.Size(layer.SizeBytes), ReportText.Size(layer.WastedBytes), layer.FilesAdded.ToString(), layer.Instruction ?? ReportText.Missing]).ToList();

    public static IReadOnlyList<IReadOnlyList<string>> WastedFileRows(LayerAnalysisReport layers) =>
        layers.TopWastedFiles.Select(file => (IReadOnlyList<string>)
            [file.Path, ReportText.Size(file.SizeBytes), file.AddedInLayer.ToString(), $"{file.RemovedInLayer} ({(file.Overwritten ? "overwritten" : "deleted")})"]).ToList();

    public static IReadOnlyList<IReadOnlyList<string>> GateRows(Report report) =>
        report.Gates.Select(gate => (IReadOnlyList<string>)[gate.Image, "--" + gate.Gate, gate.Limit, gate.Figure, gate.Passed ? "passed" : TrippedGate]).ToList();
}
