namespace PyImages.Inspection;

/// <summary>Replays layers in order, as an overlay file system does, and keeps account of every byte that ends up hidden.</summary>
public static class LayerStack
{
    /// <param name="layers">Entries per layer, lowest first.</param>
    /// <param name="instructions">One per layer (same count), or null when unknown.</param>
    public static LayerAnalysis Replay(IReadOnlyList<IReadOnlyList<LayerEntry>> layers, IReadOnlyList<string>? instructions = null)
    {
        var visible = new Dictionary<string, ImageFile>(StringComparer.Ordinal);
        var sizesByPath = new Dictionary<string, PathSizes>(StringComparer.Ordinal);
        var wasted = new List<WastedFile>();
        var allFiles = new List<ImageFile>();
        for (var index = 0; index < layers.Count; index++)
        {
            var entries = layers[index];
            var hidden = new List<(ImageFile File, bool Overwritten)>();

            // Whiteouts and opaque markers apply to lower layers only, wherever they sit in this layer's tar.
            foreach (var entry in entries.Where(entry => entry.Kind != LayerEntryKind.File))
            {
                hidden.AddRange(Delete(visible, entry).Select(file => (file, false)));
            }

            foreach (var entry in entries.Where(entry => entry.Kind == LayerEntryKind.File))
            {
                var file = new ImageFile(entry.Path, entry.SizeBytes, index);
                if (visible.TryGetValue(entry.Path, out var previous))
                {
                    hidden.Add((previous, true));
                }

                visible[entry.Path] = file;
                allFiles.Add(file);
                Sizes(sizesByPath, entry.Path).Add(entry.SizeBytes);
            }

            foreach (var (file, overwritten) in hidden)
            {
                wasted.Add(new WastedFile(file.Path, file.SizeBytes, file.LayerIndex, index, overwritten));
                if (!overwritten)
                {
                    Sizes(sizesByPath, file.Path).Add(0);
                }
            }
        }

        var summaries = Enumerable.Range(0, layers.Count).Select(index => new LayerSummary(
            index,
            instructions is not null && instructions.Count == layers.Count ? instructions[index] : null,
            allFiles.Where(file => file.LayerIndex == index).Sum(file => file.SizeBytes),
            allFiles.Count(file => file.LayerIndex == index),
            wasted.Where(file => file.AddedInLayer == index).Sum(file => file.SizeBytes))).ToList();
        var cumulative = sizesByPath.Values.Sum(sizes => sizes.Cumulative);
        var efficiency = cumulative == 0 ? 1.0 : (double)sizesByPath.Values.Sum(sizes => sizes.Minimum) / cumulative;
        return new LayerAnalysis(summaries, wasted, efficiency, allFiles, visible.Values.OrderBy(file => file.Path, StringComparer.Ordinal).ToList());
    }

    private static List<ImageFile> Delete(Dictionary<string, ImageFile> visible, LayerEntry marker)
    {
        var deleted = new List<ImageFile>();
        if (marker.Kind == LayerEntryKind.Whiteout && visible.Remove(marker.Path, out var file))
        {
            deleted.Add(file);
            return deleted;
        }

        var prefix = marker.Path == "/" ? "/" : marker.Path + "/";
        foreach (var path in visible.Keys.Where(path => path.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            visible.Remove(path, out var child);
            deleted.Add(child!);
        }

        return deleted;
    }

    private static PathSizes Sizes(Dictionary<string, PathSizes> sizesByPath, string path)
    {
        if (!sizesByPath.TryGetValue(path, out var sizes))
        {
            sizes = new PathSizes();
            sizesByPath[path] = sizes;
        }

        return sizes;
    }

    private sealed class PathSizes
    {
        public long Cumulative { get; private set; }

        public long Minimum { get; private set; } = long.MaxValue;

        public void Add(long size)
        {
            Cumulative += size;
            Minimum = Math.Min(Minimum, size);
        }
    }
}
