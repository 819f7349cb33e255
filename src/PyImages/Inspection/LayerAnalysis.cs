namespace PyImages.Inspection;

/// <summary>
/// Where an image's bytes go, per layer, as dive computes it.
/// <see cref="Efficiency"/> is dive's score: for every file path, the smallest size it has in any layer (0 once deleted)
/// summed, divided by the sum of all its sizes across the layers that carry or delete it. 1.0 means no path was written twice or deleted.
/// <see cref="WastedBytes"/> counts the bytes of file versions the final image does not show (deleted or overwritten later).
/// </summary>
public sealed class LayerAnalysis(
    IReadOnlyList<LayerSummary> layers,
    IReadOnlyList<WastedFile> wastedFiles,
    double efficiency,
    IReadOnlyList<ImageFile> allLayerFiles,
    IReadOnlyList<ImageFile> finalFiles)
{
    public IReadOnlyList<LayerSummary> Layers { get; } = layers;

    public double Efficiency { get; } = efficiency;

    public long WastedBytes { get; } = wastedFiles.Sum(file => file.SizeBytes);

    public long TotalBytes => Layers.Sum(layer => layer.SizeBytes);

    /// <summary>All wasted file versions, largest first.</summary>
    public IReadOnlyList<WastedFile> WastedFiles { get; } = wastedFiles.OrderByDescending(file => file.SizeBytes).ThenBy(file => file.Path, StringComparer.Ordinal).ToList();

    public IReadOnlyList<WastedFile> TopWastedFiles(int count) => WastedFiles.Take(count).ToList();

    public IReadOnlyList<ImageFile> FindFiles(Func<ImageFile, bool> predicate, FileScope scope = FileScope.AllLayers) =>
        (scope == FileScope.FinalImage ? finalFiles : allLayerFiles).Where(predicate).ToList();
}
