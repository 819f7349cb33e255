namespace PyImages.Engine.Cli;

/// <summary>
/// Earlier versions passed a container's environment in <c>pyimages-env-*</c> files in the temp folder; a killed run
/// left them behind, holding the index URL with its token. The first container run of a process removes any that remain.
/// </summary>
public static class LeftoverEnvFiles
{
    public const string Pattern = "pyimages-env-*";

    private static int _done;

    public static void RemoveOnce()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            Remove(Path.GetTempPath());
        }
    }

    /// <returns>How many were removed; files of other users that cannot be removed are left.</returns>
    public static int Remove(string directory)
    {
        var removed = 0;
        foreach (var file in Directory.Exists(directory) ? Directory.EnumerateFiles(directory, Pattern) : [])
        {
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's file: theirs to remove at their next run.
            }
        }

        return removed;
    }
}
