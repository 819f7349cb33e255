using PyImages.Engine;
using PyImages.Spec;

namespace PyImages.Sources;

/// <summary>
/// Fetches the packages' sources once into a local folder: <c>pip download</c> from the package index in a throwaway
/// container of the base image, else each package's upstream tarball from Debian's source archive.
/// </summary>
public static class SourceFetcher
{
    /// <param name="requirements">Validated PEP 508 requirements.</param>
    /// <param name="distributionNames">The distribution name of each requirement.</param>
    /// <param name="indexUrl">Secret: may carry credentials; reaches only pip's environment, never argv, logs or messages.</param>
    public static async Task<FetchedSources> FetchAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> requirements, IReadOnlyList<string> distributionNames,
        string sourcesDirectory, string? indexUrl, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateDirectory(sourcesDirectory).FullName;
        if (SourcesManifest.TryReuse(directory, requirements) is { } reused)
        {
            return reused;
        }

        var pip = await PipDownloader.DownloadAsync(engine, baseImage, requirements, directory, indexUrl, cancellationToken);
        var fetched = pip.Succeeded
            ? FromIndex(directory, distributionNames)
            : await FromDebianAsync(engine, baseImage, distributionNames, directory, FirstErrorLine(pip, indexUrl), cancellationToken);
        SourcesManifest.Write(fetched, requirements);
        return fetched;
    }

    private static FetchedSources FromIndex(string directory, IReadOnlyList<string> distributionNames) =>
        new(directory,
            Directory.GetFiles(directory).Where(f => f.EndsWith(".tar.gz") || f.EndsWith(".zip") || f.EndsWith(".whl")).Order().ToList(),
            distributionNames.ToDictionary(n => n, _ => SourceOrigins.PackageIndex),
            []);

    private static async Task<FetchedSources> FromDebianAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> distributionNames, string directory, string indexError, CancellationToken cancellationToken)
    {
        var debianImage = baseImage.Family == BaseFamily.Debian ? baseImage.Reference : BaseImageProvider.BootstrapTag;
        if (!await engine.ImageExistsAsync(debianImage, cancellationToken))
        {
            throw new PyImagesException(
                $"Could not fetch the sources of {string.Join(", ", distributionNames)}: the package index failed ({indexError}) and no Debian image "
                + $"({debianImage}) is there to read Debian's source archive. Check --index-url and the network, or bootstrap the base with --bootstrap-base.");
        }

        var outcomes = await DebianArchiveFetcher.FetchAsync(engine, debianImage, distributionNames, directory, cancellationToken);
        var failed = outcomes.Where(o => o.Value.SdistPath is null).ToList();
        if (failed.Count > 0)
        {
            throw new PyImagesException(string.Join("\n", failed.Select(f =>
                $"Could not fetch the sources of '{f.Key}': the package index failed ({indexError}), and Debian's source archive failed too ({f.Value.Error}). "
                + $"Check --index-url and the network, or put the sdist of '{f.Key}' into {directory}.")));
        }

        return new FetchedSources(
            directory,
            outcomes.Values.Select(o => o.SdistPath!).ToList(),
            outcomes.ToDictionary(o => o.Key, _ => SourceOrigins.DebianSourceArchive),
            [
                $"The package index could not be reached ({indexError}); sdists were taken from Debian's source archive.",
                $"Only {string.Join(", ", distributionNames)} were fetched: their dependencies and the build tools ({string.Join(", ", PipDownloader.BuildTools)}) were not, so the build needs them from the base image or system packages.",
                .. outcomes.Values.Select(o => o.Note).OfType<string>(),
            ]);
    }

    private static string FirstErrorLine(RunResult pip, string? indexUrl) =>
        SecretValues.MaskIn(new ProcessResult(pip.ExitCode, pip.StandardOutput, pip.StandardError).FirstErrorLine, indexUrl);
}
