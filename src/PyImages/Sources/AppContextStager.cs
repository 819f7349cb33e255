using PyImages.Spec;
using PyImages.Templates;

namespace PyImages.Sources;

/// <summary>
/// Writes an application's build context: the fetched sources in one folder and the app's files (the spec's list, made
/// when the run started) in another, so the Dockerfile copies each on its own and the install depends on the sources alone.
/// A rerun copies only what changed, and a file deleted from the app leaves the context (and so the image) too.
/// </summary>
public static class AppContextStager
{
    public static string Stage(FetchedSources sources, AppSpec app, string contextDirectory)
    {
        var sourcesFolder = AppContextLayout.SourcesFolder;
        var appFolder = AppContextLayout.AppFolder;
        List<FolderMirror.Item> items =
        [
            new(sourcesFolder),
            .. Directory.EnumerateFiles(sources.Directory).Select(file => new FolderMirror.Item($"{sourcesFolder}/{Path.GetFileName(file)}", file)),
            new(appFolder),
            .. app.Files.Select(entry => AppItem($"{appFolder}/{entry.RelativePath}", entry)),
        ];
        if (app.RequireHashes)
        {
            items.Add(new($"{sourcesFolder}/{AppContextLayout.HashedRequirementsFile}", Path.Combine(app.Directory, AppSpec.RequirementsFileName)));
        }

        try
        {
            FolderMirror.Apply(contextDirectory, items);
        }
        catch (FileNotFoundException e) when (e.FileName is not null)
        {
            throw RealPath.IsInside(e.FileName, app.Directory)
                ? new PyImagesException($"The application folder changed since the run started: '{Path.GetRelativePath(app.Directory, e.FileName)}' is gone. Run again.")
                : new PyImagesException($"The fetched sources changed since the run started: '{e.FileName}' is gone. Run again.");
        }

        return contextDirectory;
    }

    private static FolderMirror.Item AppItem(string path, AppFiles.Entry entry)
    {
        if (entry.LinkTarget is not null)
        {
            // Inside the app (AppFiles checked it): kept as a relative link, which resolves the same in the image.
            var folder = Path.GetDirectoryName(entry.FullPath)!;
            return new(path, Link: Path.GetRelativePath(folder, Path.GetFullPath(entry.LinkTarget, folder)));
        }

        return entry.IsDirectory ? new(path) : new(path, entry.FullPath);
    }
}
