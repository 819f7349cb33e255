using System.Formats.Tar;

namespace PyImages.Tests.Inspection;

/// <summary>Writes a small layer tar in memory, the way an engine lays one out.</summary>
internal sealed class LayerTarBuilder
{
    private readonly List<TarEntry> entries = [];

    public LayerTarBuilder Directory(string path)
    {
        entries.Add(new PaxTarEntry(TarEntryType.Directory, path.TrimEnd('/') + "/"));
        return this;
    }

    public LayerTarBuilder File(string path, int sizeBytes)
    {
        entries.Add(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(new byte[sizeBytes]) });
        return this;
    }

    public LayerTarBuilder Text(string path, string text)
    {
        entries.Add(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) });
        return this;
    }

    public LayerTarBuilder Whiteout(string path)
    {
        var slash = path.LastIndexOf('/');
        return File(path[..(slash + 1)] + ".wh." + path[(slash + 1)..], 0);
    }

    public LayerTarBuilder Opaque(string directory) => File(directory.TrimEnd('/') + "/.wh..wh..opq", 0);

    public LayerTarBuilder Symlink(string path, string target)
    {
        entries.Add(new PaxTarEntry(TarEntryType.SymbolicLink, path) { LinkName = target });
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                writer.WriteEntry(entry);
            }
        }

        return stream.ToArray();
    }
}
