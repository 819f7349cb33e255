namespace PyImages.Spec;

/// <summary>
/// The files of an application folder that go into its image: all but what its .dockerignore excludes, and never
/// version control, bytecode caches, virtual environments or the build's own artifacts/. A symlink must stay inside
/// the folder (the image could not hold what it points to, and a build must not read outside the folder it was given).
/// </summary>
public static class AppFiles
{
    public const string IgnoreFileName = ".dockerignore";

    private static readonly HashSet<string> AlwaysLeftOut = [".git", "__pycache__", ".venv", "venv", "artifacts", ".mypy_cache", ".pytest_cache"];

    /// <summary>An included path (relative, '/' separators), whether it is a folder, and for a symlink the target it was checked with.</summary>
    public sealed record Entry(string RelativePath, string FullPath, bool IsDirectory, string? LinkTarget = null);

    public static IReadOnlyList<Entry> List(string directory, List<string>? errors = null)
    {
        var root = Path.GetFullPath(directory);
        var ignore = File.Exists(Path.Combine(root, IgnoreFileName))
            ? DockerIgnore.Parse(File.ReadAllText(Path.Combine(root, IgnoreFileName)))
            : DockerIgnore.Empty;
        var realRoot = RealPath.Of(root);
        var entries = new List<Entry>();
        Walk(root, string.Empty, ignore, realRoot, entries, errors ?? []);
        return entries;
    }

    private static void Walk(string root, string relative, DockerIgnore ignore, string realRoot, List<Entry> entries, List<string> errors)
    {
        var folder = Path.Combine(root, relative);
        foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            var path = relative.Length == 0 ? info.Name : relative + "/" + info.Name;
            var isDirectory = info is DirectoryInfo;
            if (isDirectory && (AlwaysLeftOut.Contains(info.Name) || File.Exists(Path.Combine(info.FullName, "pyvenv.cfg"))) || info.Name.EndsWith(".pyc", StringComparison.Ordinal))
            {
                continue;
            }

            var excluded = ignore.Excludes(path);
            if (info.LinkTarget is not null)
            {
                if (!excluded)
                {
                    CheckLink(info, path, realRoot, errors);
                    entries.Add(new Entry(path, info.FullName, isDirectory, info.LinkTarget));
                }

                continue;
            }

            if (!excluded)
            {
                entries.Add(new Entry(path, info.FullName, isDirectory));
            }

            if (isDirectory && (!excluded || ignore.HasExceptions))
            {
                Walk(root, path, ignore, realRoot, entries, errors);
            }
        }
    }

    private static void CheckLink(FileSystemInfo link, string path, string realRoot, List<string> errors)
    {
        var target = Path.GetFullPath(link.LinkTarget!, Path.GetDirectoryName(link.FullName)!);
        var real = File.Exists(target) || Directory.Exists(target) ? RealPath.Of(target) : null;
        if (real is null)
        {
            errors.Add($"app: the symlink '{path}' points to '{link.LinkTarget}', which does not exist. Remove it, or list it in {IgnoreFileName}.");
        }
        else if (!RealPath.IsInside(real, realRoot))
        {
            errors.Add($"app: the symlink '{path}' points to '{link.LinkTarget}', outside the app folder. "
                + $"Copy what it points to into the folder, or list the link in {IgnoreFileName}.");
        }
    }
}
