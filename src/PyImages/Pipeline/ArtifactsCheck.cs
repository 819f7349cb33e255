namespace PyImages.Pipeline;

/// <summary>
/// Before a run writes anything: artifacts/ is a folder this user can write, and no symbolic link in it leads outside
/// it (files are written only inside artifacts/, resolved). Each problem is one message naming the path and what to do.
/// </summary>
public static class ArtifactsCheck
{
    public static void Prepare(ArtifactLayout layout)
    {
        var root = layout.Root;
        if (File.Exists(root))
        {
            throw new PyImagesException(
                $"{root} is a file, but PyImages keeps its Dockerfiles, sources, logs and reports in a folder of that name. "
                + "Move or remove the file, then run again.");
        }

        Writable(root, () => Directory.CreateDirectory(root));
        var resolvedRoot = RealPath.Of(root);
        foreach (var directory in (IEnumerable<string>)[root, .. layout.Directories])
        {
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
            {
                InsideOrRefused(entry, root, resolvedRoot);
            }

            Writable(directory, () => File.Delete(Probe(directory)));
        }
    }

    private static void InsideOrRefused(string entry, string root, string resolvedRoot)
    {
        var info = new FileInfo(entry);
        if (info.LinkTarget is null)
        {
            return;
        }

        var target = RealPath.Of(entry);
        if (!RealPath.IsInside(target, resolvedRoot))
        {
            throw new PyImagesException(
                $"{entry} is a symbolic link to {target}, outside {root}: PyImages writes files only inside its artifacts folder. "
                + $"Remove the link (rm {entry}), or replace it by a folder, then run again.");
        }
    }

    /// <summary>Creates and deletes a file, so an unwritable folder is named now and not by a write deep inside a step.</summary>
    private static string Probe(string directory)
    {
        var probe = Path.Combine(directory, $".write-test-{Guid.NewGuid():N}");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write))
        {
        }

        return probe;
    }

    private static void Writable(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PyImagesException(
                $"Cannot write to {path}: {exception.Message} PyImages writes its Dockerfiles, logs and reports there. "
                + $"Make it writable for user '{Environment.UserName}' (e.g. sudo chown -R {Environment.UserName} {path}; "
                + "or it is on a read-only file system), or remove it, then run again.");
        }
    }
}
