using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>The commit a folder's git repository is at, read from its files (HEAD, loose refs, packed-refs; worktrees too).</summary>
public static partial class GitRevision
{
    /// <returns>Null when the folder is not in a git repository or HEAD names no commit yet.</returns>
    public static string? Of(string directory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            var dotGit = Path.Combine(folder.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDir(dotGit, folder.FullName) : null;
            if (gitDir is not null)
            {
                return Resolve(gitDir);
            }
        }

        return null;
    }

    private static string? LinkedGitDir(string dotGitFile, string folder)
    {
        var line = File.ReadAllText(dotGitFile).Trim();
        return line.StartsWith("gitdir:", StringComparison.Ordinal) ? Path.GetFullPath(line["gitdir:".Length..].Trim(), folder) : null;
    }

    private static string? Resolve(string gitDir)
    {
        var head = ReadTrimmed(Path.Combine(gitDir, "HEAD"));
        if (head is null)
        {
            return null;
        }

        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return Commit().IsMatch(head) ? head : null;
        }

        var reference = head["ref:".Length..].Trim();
        var common = ReadTrimmed(Path.Combine(gitDir, "commondir")) is { } relative ? Path.GetFullPath(relative, gitDir) : gitDir;
        foreach (var dir in new[] { gitDir, common })
        {
            if (ReadTrimmed(Path.Combine(dir, reference)) is { } loose && Commit().IsMatch(loose))
            {
                return loose;
            }
        }

        var packed = ReadTrimmed(Path.Combine(common, "packed-refs")) ?? string.Empty;
        return packed.Split('\n').Select(line => line.Trim().Split(' '))
            .FirstOrDefault(parts => parts.Length == 2 && parts[1] == reference && Commit().IsMatch(parts[0]))?[0];
    }

    private static string? ReadTrimmed(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    [GeneratedRegex("^[0-9a-f]{40}([0-9a-f]{24})?$")]
    private static partial Regex Commit();
}
