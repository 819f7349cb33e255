using System.Text.Json;

namespace PyImages.Inspection;

/// <summary>Finds the ordered layer paths inside a saved image: <c>manifest.json</c> (docker-archive) or <c>index.json</c> (OCI layout).</summary>
internal static class ArchiveManifest
{
    public static IReadOnlyList<string> LayerPaths(IReadOnlyDictionary<string, string> metadataFiles, string archivePath)
    {
        try
        {
            if (metadataFiles.TryGetValue("manifest.json", out var dockerManifest))
            {
                using var document = JsonDocument.Parse(dockerManifest);
                return document.RootElement[0].Strings("Layers").Select(NormalizeName).ToList();
            }

            if (metadataFiles.TryGetValue("index.json", out var index))
            {
                return OciLayerPaths(index, metadataFiles);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException)
        {
            throw new PyImagesException($"The manifest in image archive {archivePath} cannot be read ({exception.Message}); save the image again.", exception);
        }

        throw new PyImagesException($"The image archive {archivePath} has neither manifest.json nor index.json; it is not the output of `docker save` or `podman save`.");
    }

    public static string NormalizeName(string name) => name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;

    private static List<string> OciLayerPaths(string index, IReadOnlyDictionary<string, string> metadataFiles)
    {
        using var indexDocument = JsonDocument.Parse(index);
        var manifestDigest = indexDocument.RootElement.GetProperty("manifests")[0].GetProperty("digest").GetString()!;
        using var manifest = JsonDocument.Parse(metadataFiles[BlobPath(manifestDigest)]);
        return manifest.RootElement.GetProperty("layers").EnumerateArray()
            .Select(layer => BlobPath(layer.GetProperty("digest").GetString()!))
            .ToList();
    }

    private static string BlobPath(string digest) => "blobs/" + digest.Replace(':', '/');
}
