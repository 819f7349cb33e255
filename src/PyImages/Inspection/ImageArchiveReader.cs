using System.Formats.Tar;
using System.Text;

namespace PyImages.Inspection;

/// <summary>
/// Reads the tar written by <c>docker save</c> / <c>podman save</c> (docker-archive with legacy <c>&lt;id&gt;/layer.tar</c>
/// or OCI <c>blobs/sha256/…</c> paths, or a plain OCI layout) into per-layer entry lists, lowest layer first.
/// Two streaming passes over the file: the first finds the manifest (Docker writes it last), the second reads
/// the layers it names. File contents are never held in memory.
/// </summary>
public static class ImageArchiveReader
{
    private const long MetadataLimitBytes = 4 * 1024 * 1024;

    public static async Task<IReadOnlyList<IReadOnlyList<LayerEntry>>> ReadLayersAsync(string archivePath, CancellationToken cancellationToken = default)
    {
        var metadata = await ReadSmallFilesAsync(archivePath, cancellationToken);
        var layerPaths = ArchiveManifest.LayerPaths(metadata, archivePath);
        var contents = await ReadLayerContentsAsync(archivePath, layerPaths.ToHashSet(StringComparer.Ordinal), cancellationToken);
        return layerPaths
            .Select(path => contents.TryGetValue(path, out var entries)
                ? entries
                : throw new PyImagesException($"The image archive {archivePath} names layer \"{path}\" in its manifest but does not contain it; save the image again."))
            .ToList();
    }

    /// <summary>
    /// The text of one small file of the image (e.g. a record its build wrote), as the top-most layer that holds it has
    /// it; null when no layer does. Reading it here needs no container, so it works for images without a shell.
    /// </summary>
    /// <param name="imagePath">Absolute, as the image has it, e.g. /usr/share/doc/record.json.</param>
    public static async Task<string?> ReadTextFileAsync(string archivePath, string imagePath, CancellationToken cancellationToken = default)
    {
        var layerPaths = ArchiveManifest.LayerPaths(await ReadSmallFilesAsync(archivePath, cancellationToken), archivePath);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        await ForEachEntryAsync(archivePath, (entry, name) =>
        {
            if (entry.DataStream is { } data && layerPaths.Contains(name) && LayerTarReader.ReadText(data, imagePath, MetadataLimitBytes, cancellationToken) is { } text)
            {
                found[name] = text;
            }

            return Task.CompletedTask;
        }, cancellationToken);
        return layerPaths.Reverse().Select(path => found.GetValueOrDefault(path)).FirstOrDefault(text => text is not null);
    }

    private static async Task<Dictionary<string, string>> ReadSmallFilesAsync(string archivePath, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        await ForEachEntryAsync(archivePath, async (entry, name) =>
        {
            if (entry.DataStream is { } data && entry.Length <= MetadataLimitBytes && (name.EndsWith(".json", StringComparison.Ordinal) || name.StartsWith("blobs/", StringComparison.Ordinal)) && !LooksLikeTar(data))
            {
                using var reader = new StreamReader(data, Encoding.UTF8, leaveOpen: true);
                files[name] = await reader.ReadToEndAsync(cancellationToken);
            }
        }, cancellationToken);
        return files;
    }

    private static async Task<Dictionary<string, IReadOnlyList<LayerEntry>>> ReadLayerContentsAsync(string archivePath, HashSet<string> layerPaths, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, IReadOnlyList<LayerEntry>>(StringComparer.Ordinal);
        await ForEachEntryAsync(archivePath, (entry, name) =>
        {
            if (entry.DataStream is { } data && layerPaths.Contains(name))
            {
                contents[name] = LayerTarReader.Read(data, cancellationToken);
            }

            return Task.CompletedTask;
        }, cancellationToken);
        return contents;
    }

    private static async Task ForEachEntryAsync(string archivePath, Func<TarEntry, string, Task> visit, CancellationToken cancellationToken)
    {
        await using var file = OpenArchive(archivePath);
        await using var tar = new TarReader(file);
        try
        {
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                await visit(entry, ArchiveManifest.NormalizeName(entry.Name));
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new PyImagesException($"The image archive {archivePath} is not a readable tar ({exception.Message}); save the image again.", exception);
        }
    }

    private static FileStream OpenArchive(string archivePath)
    {
        try
        {
            return new FileStream(archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PyImagesException($"Cannot open the image archive {archivePath}: {exception.Message}", exception);
        }
    }

    private static bool LooksLikeTar(Stream data)
    {
        if (!data.CanSeek || data.Length < 512)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[512];
        data.ReadExactly(header);
        data.Position = 0;
        return header[257..262].SequenceEqual("ustar"u8) || header[0] == 0x1f && header[1] == 0x8b;
    }
}
