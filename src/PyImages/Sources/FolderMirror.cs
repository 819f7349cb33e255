namespace PyImages.Sources;

/// <summary>
/// Makes a folder hold exactly the items given and nothing else, writing only what differs: a file whose length, last
/// write time and mode match its source is left as it is, so a rerun over unchanged inputs copies nothing; anything
/// not among the items is removed (a symlink is removed itself, never followed).
/// </summary>
public static class FolderMirror
{
    /// <summary>A path under the folder ('/' separators): a copy of the file <paramref name="From"/>, a symlink to <paramref name="Link"/>, or else a folder.</summary>
    public sealed record Item(string Path, string? From = null, string? Link = null);

    /// <exception cref="FileNotFoundException">An item's source file is gone; <see cref="FileNotFoundException.FileName"/> names it.</exception>
    public static void Apply(string root, IReadOnlyList<Item> items)
    {
        var wanted = WithParents(items);
        Directory.CreateDirectory(root);
        Prune(root, string.Empty, wanted);
        foreach (var item in wanted.Values.OrderBy(i => i.Path, StringComparer.Ordinal))
        {
            var target = Path.Combine(root, item.Path);
            if (item.Link is not null)
            {
                if (new FileInfo(target).LinkTarget != item.Link)
                {
                    File.Delete(target);
                    File.CreateSymbolicLink(target, item.Link);
                }
            }
            else if (item.From is not null)
            {
                CopyIfChanged(item.From, target);
            }
            else
            {
                Directory.CreateDirectory(target);
            }
        }
    }

    /// <summary>The items by path, with a folder item for every parent an item needs.</summary>
    private static Dictionary<string, Item> WithParents(IReadOnlyList<Item> items)
    {
        var wanted = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            wanted[item.Path] = item;
            for (var slash = item.Path.LastIndexOf('/'); slash > 0; slash = item.Path.LastIndexOf('/', slash - 1))
            {
                wanted.TryAdd(item.Path[..slash], new Item(item.Path[..slash]));
            }
        }

        return wanted;
    }

    /// <summary>Removes what is not wanted, or is wanted as another kind (file, folder, link).</summary>
    private static void Prune(string root, string relative, Dictionary<string, Item> wanted)
    {
        foreach (var info in new DirectoryInfo(Path.Combine(root, relative)).EnumerateFileSystemInfos())
        {
            var path = relative.Length == 0 ? info.Name : relative + "/" + info.Name;
            var isLink = info.LinkTarget is not null;
            var keep = wanted.TryGetValue(path, out var item) && (isLink
                ? item.Link is not null
                : item.Link is null && (info is DirectoryInfo) == (item.From is null));
            if (!keep)
            {
                Remove(info, isLink);
            }
            else if (info is DirectoryInfo && !isLink)
            {
                Prune(root, path, wanted);
            }
        }
    }

    private static void Remove(FileSystemInfo info, bool isLink)
    {
        if (info is DirectoryInfo directory && !isLink)
        {
            directory.Delete(recursive: true);
        }
        else
        {
            File.Delete(info.FullName);
        }
    }

    private static void CopyIfChanged(string from, string target)
    {
        var source = new FileInfo(from);
        if (!source.Exists)
        {
            throw new FileNotFoundException($"'{from}' is gone.", from);
        }

        var copy = new FileInfo(target);
        var mode = OperatingSystem.IsWindows() ? default : source.UnixFileMode;
        if (copy.Exists && copy.Length == source.Length && copy.LastWriteTimeUtc == source.LastWriteTimeUtc
            && (OperatingSystem.IsWindows() || copy.UnixFileMode == mode))
        {
            return;
        }

        // Deleted first: a read-only copy could not be overwritten in place.
        File.Delete(target);
        File.Copy(from, target);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, mode);
        }

        File.SetLastWriteTimeUtc(target, source.LastWriteTimeUtc);
    }
}
