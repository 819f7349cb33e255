using System.Formats.Tar;
using System.Text.Json;

namespace PyImages.Tests.Inspection;

/// <summary>Writes an image archive as <c>docker save</c> does (legacy docker-archive, manifest last, layer folders not in layer order) or as an OCI layout.</summary>
internal static class SavedImageBuilder
{
    public static void WriteDockerArchive(string path, params LayerTarBuilder[] layers)
    {
        var layerPaths = layers.Select((_, index) => $"{(char)('z' - index)}{index:x63}/layer.tar").ToList();
        using var writer = new TarWriter(File.Create(path), TarEntryFormat.Ustar);
        foreach (var (layer, layerPath) in layers.Zip(layerPaths).OrderBy(pair => pair.Second, StringComparer.Ordinal))
        {
            Add(writer, layerPath, layer.ToBytes());
        }

        Add(writer, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(new[] { new { Config = "config.json", RepoTags = new[] { "test:latest" }, Layers = layerPaths } }));
    }

    public static void WriteOciLayout(string path, params LayerTarBuilder[] layers)
    {
        var digests = layers.Select((_, index) => $"sha256:{index:x64}").ToList();
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new { schemaVersion = 2, layers = digests.Select(digest => new { digest }).ToArray() });
        using var writer = new TarWriter(File.Create(path), TarEntryFormat.Ustar);
        Add(writer, "index.json", JsonSerializer.SerializeToUtf8Bytes(new { manifests = new[] { new { digest = "sha256:" + new string('f', 64) } } }));
        Add(writer, "blobs/sha256/" + new string('f', 64), manifest);
        foreach (var (layer, digest) in layers.Zip(digests).Reverse())
        {
            Add(writer, "blobs/" + digest.Replace(':', '/'), layer.ToBytes());
        }
    }

    private static void Add(TarWriter writer, string name, byte[] content) =>
        writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
}
