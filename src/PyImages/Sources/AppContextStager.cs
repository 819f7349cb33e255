using PyImages.Spec;
using PyImages.Templates;

namespace PyImages.Sources;

/// <summary>
/// Writes an application's build context: the fetched sources in one folder and the app's files (the spec's list, made
/// when the run started) in another, so the Dockerfile copies each on its own and the install depends on the sources alone.
/// The folder is rewritten whole every time: a file deleted from the app leaves the image too.
/// </summary>
public static class AppContextStager
{
    public static string Stage(FetchedSources sources, AppSpec app, string contextDirectory)
    {
        if (Directory.Exists(contextDirectory))
        {
            Directory.Delete(contextDirectory, recursive: true);
        }

        var sourcesTarget = Path.Combine(contextDirectory, AppContextLayout.SourcesFolder);
        Directory.CreateDirectory(sourcesTarget);
        foreach (var file in Directory.EnumerateFiles(sources.Directory))
        {
            File.Copy(file, Path.Combine(sourcesTarget, Path.GetFileName(file)));
        }

        if (app.RequireHashes)
        {
            File.Copy(Path.Combine(app.Directory, AppSpec.RequirementsFileName), Path.Combine(sourcesTarget, AppContextLayout.HashedRequirementsFile));
        }

        var appTarget = Path.Combine(contextDirectory, AppContextLayout.AppFolder);
        Directory.CreateDirectory(appTarget);
        foreach (var entry in app.Files)
        {
            try
            {
                Copy(entry, Path.Combine(appTarget, entry.RelativePath));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new PyImagesException($"The application folder changed since the run started: '{entry.RelativePath}' is gone. Run again.");
            }
        }

        return contextDirectory;
    }

    private static void Copy(AppFiles.Entry entry, string target)
    {
        if (entry.LinkTarget is not null)
        {
            // Inside the app (AppFiles checked it): kept as a relative link, which resolves the same in the image.
            var resolved = Path.GetFullPath(entry.LinkTarget, Path.GetDirectoryName(entry.FullPath)!);
            File.CreateSymbolicLink(target, Path.GetRelativePath(Path.GetDirectoryName(entry.FullPath)!, resolved));
            return;
        }

        if (entry.IsDirectory)
        {
            Directory.CreateDirectory(target);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(entry.FullPath, target);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, File.GetUnixFileMode(entry.FullPath));
        }
    }
}
