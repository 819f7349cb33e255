using System.Formats.Tar;
using System.IO.Compression;

namespace PyImages.Inspection;

/// <summary>Lists what one layer tar adds and deletes, without keeping file contents. Gzip-compressed layers are accepted.</summary>
public static class LayerTarReader
{
    private const string WhiteoutPrefix = ".wh.";
    private const string OpaqueMarker = ".wh..wh..opq";

    public static IReadOnlyList<LayerEntry> Read(Stream layer, CancellationToken cancellationToken = default)
    {
        using var tar = new TarReader(IsGzip(layer) ? new GZipStream(layer, CompressionMode.Decompress, leaveOpen: true) : layer, leaveOpen: true);
        var entries = new List<LayerEntry>();
        while (tar.GetNextEntry() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ToLayerEntry(entry) is { } layerEntry)
            {
                entries.Add(layerEntry);
            }
        }

        return entries;
    }

    /// <summary>The text of the regular file at <paramref name="path"/> in this layer, when it has one of at most <paramref name="limitBytes"/>.</summary>
    public static string? ReadText(Stream layer, string path, long limitBytes, CancellationToken cancellationToken = default)
    {
        using var tar = new TarReader(IsGzip(layer) ? new GZipStream(layer, CompressionMode.Decompress, leaveOpen: true) : layer, leaveOpen: true);
        while (tar.GetNextEntry() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.DataStream is { } data && entry.Length <= limitBytes && NormalizePath(entry.Name) == path
                && entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)
            {
                using var reader = new StreamReader(data);
                return reader.ReadToEnd();
            }
        }

        return null;
    }

    /// <summary>"./usr/lib/" → "/usr/lib".</summary>
    public static string NormalizePath(string name)
    {
        var trimmed = name.Replace('\\', '/');
        trimmed = trimmed == "." ? string.Empty : trimmed.StartsWith("./", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
        return "/" + trimmed.Trim('/');
    }

    private static LayerEntry? ToLayerEntry(TarEntry entry)
    {
        var path = NormalizePath(entry.Name);
        var slash = path.LastIndexOf('/');
        var directory = path[..slash];
        var name = path[(slash + 1)..];
        if (name == OpaqueMarker)
        {
            return new LayerEntry(directory.Length == 0 ? "/" : directory, 0, LayerEntryKind.OpaqueDirectory);
        }

        if (name.StartsWith(WhiteoutPrefix, StringComparison.Ordinal))
        {
            // Other ".wh..wh." names are aufs bookkeeping, not deletions.
            return name.StartsWith(WhiteoutPrefix + WhiteoutPrefix, StringComparison.Ordinal)
                ? null
                : new LayerEntry(directory + "/" + name[WhiteoutPrefix.Length..], 0, LayerEntryKind.Whiteout);
        }

        return entry.EntryType switch
        {
            TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile => new LayerEntry(path, entry.Length, LayerEntryKind.File),
            TarEntryType.SymbolicLink or TarEntryType.HardLink => new LayerEntry(path, 0, LayerEntryKind.File),
            _ => null,
        };
    }

    private static bool IsGzip(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
