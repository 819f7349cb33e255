using System.Formats.Tar;
using System.IO.Compression;

namespace Build.Tests.Faults;

/// <summary>What <c>docker save</c> wrote, file by file: the archive's own entries (manifest, image config) and every file of every layer tar in it.</summary>
public static class ImageArchive
{
    /// <returns>Entry names ("layer-dir/layer.tar!/usr/bin/python3" for files in a layer) and their bytes.</returns>
    public static IEnumerable<(string Name, byte[] Content)> Files(string archivePath)
    {
        using var archive = File.OpenRead(archivePath);
        using var reader = new TarReader(archive);
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            if (entry.DataStream is null)
                continue;
            var content = ReadAll(entry.DataStream);
            yield return (entry.Name, content);
            if (IsGzip(content))
                content = ReadAll(new GZipStream(new MemoryStream(content), CompressionMode.Decompress));
            if (IsTar(content))
            {
                foreach (var (name, layerFile) in FilesOfLayer(content))
                    yield return ($"{entry.Name}!/{name}", layerFile);
            }
        }
    }

    private static IEnumerable<(string Name, byte[] Content)> FilesOfLayer(byte[] layer)
    {
        using var reader = new TarReader(new MemoryStream(layer));
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            if (entry.DataStream is not null)
                yield return (entry.Name, ReadAll(entry.DataStream));
        }
    }

    // A layer of docker save (20.10's layout: <id>/layer.tar; OCI layout: blobs/sha256/<digest>) is a plain tar: "ustar" at offset 257.
    private static bool IsTar(byte[] content) =>
        content.Length > 262 && content.AsSpan(257, 5).SequenceEqual("ustar"u8);

    // Engines that store images in containerd save compressed layers.
    private static bool IsGzip(byte[] content) => content is [0x1f, 0x8b, ..];

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
