namespace PyImages.Inspection;

/// <summary>The Analyze step for one image: its saved archive plus its history give per-layer sizes, wasted bytes and efficiency.</summary>
public static class LayerAnalyzer
{
    /// <param name="archivePath">Output of <c>save</c> (see IContainerEngine.SaveImageAsync).</param>
    /// <param name="history">From <see cref="LayerHistoryParser"/>; its non-empty steps name the layers when the counts agree.</param>
    public static async Task<LayerAnalysis> AnalyzeAsync(string archivePath, IReadOnlyList<LayerHistoryEntry>? history = null, CancellationToken cancellationToken = default)
    {
        var layers = await ImageArchiveReader.ReadLayersAsync(archivePath, cancellationToken);
        var instructions = history?.Where(entry => !entry.IsEmptyLayer).Select(entry => entry.Instruction).ToList();
        return LayerStack.Replay(layers, instructions);
    }
}
