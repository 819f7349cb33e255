namespace PyImages;

/// <summary>A path with every symbolic link in it resolved (as realpath(3) does, for parts that exist), to tell where a write really lands.</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path) => Of(path, 0);

    private static string Of(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var resolved = root;
        for (var index = 0; index < parts.Length; index++)
        {
            var next = Path.Combine(resolved, parts[index]);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new PyImagesException($"{path}: too many levels of symbolic links.");
            }

            // Resolve the link's own target from the start, then go on with the rest of the path.
            var rest = parts.Skip(index + 1);
            return Of(Path.Combine([Path.GetFullPath(target, resolved), .. rest]), links);
        }

        return resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it (both resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var withSeparator = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return string.Equals(path, folder, comparison) || path.StartsWith(withSeparator, comparison);
    }
}
