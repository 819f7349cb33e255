namespace PyImages.Sources;

/// <summary>Records in the sources folder which requirements were fetched, so the next run reuses the files instead of fetching again.</summary>
public sealed record SourcesManifest(
    IReadOnlyList<string> Requirements,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, string> Origins,
    IReadOnlyList<string> Notes)
{
    public const string FileName = "pyimages-sources.json";

    /// <summary>The fetched sources, when the manifest in <paramref name="directory"/> is for these requirements and all its files are there.</summary>
    public static FetchedSources? TryReuse(string directory, IReadOnlyList<string> requirements)
    {
        var manifest = JsonFile.Read<SourcesManifest>(Path.Combine(directory, FileName));

        var files = manifest?.Files.Select(f => Path.Combine(directory, f)).ToList();
        return manifest is not null && SameSet(manifest.Requirements, requirements) && files!.All(File.Exists)
            ? new FetchedSources(directory, files!, manifest.Origins, manifest.Notes)
            : null;
    }

    /// <summary>Writes the manifest for <paramref name="sources"/> atomically (temp file, then rename).</summary>
    public static void Write(FetchedSources sources, IReadOnlyList<string> requirements)
    {
        var manifest = new SourcesManifest(requirements, sources.Files.Select(Path.GetFileName).ToList()!, sources.Origins, sources.Notes);
        JsonFile.Write(Path.Combine(sources.Directory, FileName), manifest);
    }

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
        a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal));
}
