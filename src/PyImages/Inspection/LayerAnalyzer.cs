namespace PyImages.Inspection;

/// <summary>The Analyze step for one image: its saved archive plus its history give per-layer sizes, wasted bytes and efficiency.</summary>
public static class LayerAnalyzer
{
    /// <param name="archivePath">Output of <c>save</c> (see IContainerEngine.SaveImageAsync).</param>
    /// <param name="history">From <see cref="LayerHistoryParser"/>; its non-empty steps name the layers when the counts agree.</param>
    public static async Task<LayerAnalysis> AnalyzeAsync(string archivePath, IReadOnlyList<LayerHistoryEntry>? history = null, CancellationToken cancellationToken = default)
    {
        var layers = await ImageArchiveReader.ReadLayersAsync(archivePath, cancellationToken);
        return LayerStack.Replay(layers, history is null ? null : Align(history, layers.Count));
    }

    /// <summary>
    /// The instruction of each layer, oldest first. Docker's classic builder lists a RUN that changed nothing as a
    /// 0-byte step but stores no layer for it, so while the steps outnumber the layers, 0-byte steps are passed over.
    /// Null when the counts cannot be made to agree.
    /// </summary>
    internal static IReadOnlyList<string>? Align(IReadOnlyList<LayerHistoryEntry> history, int layerCount)
    {
        var steps = history.Where(entry => !entry.IsEmptyLayer).ToList();
        var surplus = steps.Count - layerCount;
        var aligned = new List<string>();
        foreach (var step in steps)
        {
            if (surplus > 0 && step.SizeBytes == 0)
            {
                surplus--;
                continue;
            }

            aligned.Add(step.Instruction);
        }

        return aligned.Count == layerCount ? aligned : null;
    }
}
