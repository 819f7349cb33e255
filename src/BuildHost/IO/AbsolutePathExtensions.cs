using Microsoft.Extensions.FileSystemGlobbing;

namespace BuildHost.IO;

public static class AbsolutePathExtensions
{
    public static AbsolutePath CreateDirectory(this AbsolutePath path)
    {
        Directory.CreateDirectory(path);
        return path;
    }

    public static AbsolutePath CreateOrCleanDirectory(this AbsolutePath path)
    {
        path.DeleteDirectory();
        return path.CreateDirectory();
    }

    public static void DeleteDirectory(this AbsolutePath path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }

    public static void DeleteFile(this AbsolutePath path)
    {
        if (File.Exists(path))
            File.Delete(path);
    }

    public static bool FileExists(this AbsolutePath path) => File.Exists(path);

    public static bool DirectoryExists(this AbsolutePath path) => Directory.Exists(path);

    public static bool Exists(this AbsolutePath path) => path.FileExists() || path.DirectoryExists();

    public static string ReadAllText(this AbsolutePath path) => File.ReadAllText(path);

    public static AbsolutePath WriteAllText(this AbsolutePath path, string content)
    {
        path.Parent.CreateDirectory();
        File.WriteAllText(path, content);
        return path;
    }

    public static IReadOnlyCollection<AbsolutePath> GlobFiles(this AbsolutePath directory, params string[] patterns)
    {
        if (!directory.DirectoryExists())
            return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        return matcher.GetResultsInFullPath(directory).Order(StringComparer.Ordinal).Select(AbsolutePath.Create).ToList();
    }

    public static IReadOnlyCollection<AbsolutePath> GlobDirectories(this AbsolutePath directory, params string[] patterns)
    {
        if (!directory.DirectoryExists())
            return [];
        var prefixLength = ((string)directory).Length + 1;
        return Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories)
            .Where(candidate => patterns.Any(pattern => DirectoryMatches(pattern, candidate[prefixLength..])))
            .Order(StringComparer.Ordinal).Select(AbsolutePath.Create).ToList();
    }

    public static string GetUnixRelativePathTo(this AbsolutePath from, AbsolutePath to) =>
        Path.GetRelativePath(from, to).Replace(Path.DirectorySeparatorChar, '/');

    private static bool DirectoryMatches(string pattern, string relative)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern.TrimEnd('/'));
        return matcher.Match(relative.Replace(Path.DirectorySeparatorChar, '/')).HasMatches;
    }
}
