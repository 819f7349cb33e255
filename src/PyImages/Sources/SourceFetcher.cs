using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
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
    /// <param name="indexUrl">Secret: may carry credentials; reaches the containers only by their standard input, never argv,
    /// an environment, a file, logs or messages (which show it through <see cref="SecretValues.Masked"/>).</param>
    public static async Task<FetchedSources> FetchAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> requirements, IReadOnlyList<string> distributionNames,
        string sourcesDirectory, string? indexUrl, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateDirectory(sourcesDirectory).FullName;
        if (SourcesManifest.TryReuse(directory, requirements) is { } reused)
        {
            return reused;
        }

        var (pip, files) = await PipDownloader.DownloadAsync(engine, baseImage, requirements, directory, indexUrl, cancellationToken);
        FetchedSources fetched;
        if (pip.Succeeded)
        {
            fetched = await FromIndexAsync(engine, baseImage, files, distributionNames, directory, indexUrl, cancellationToken);
        }
        else
        {
            var indexError = FirstErrorLine(pip, indexUrl);
            if (!string.IsNullOrEmpty(indexUrl))
            {
                indexError = await WhyTheIndexFailedAsync(engine, baseImage, distributionNames, indexUrl, indexError, cancellationToken);
            }

            fetched = await FromDebianAsync(engine, baseImage, distributionNames, directory, indexError, cancellationToken);
        }

        SourcesManifest.Write(fetched, requirements);
        return fetched;
    }

    /// <summary>The package index was given and pip failed: fails the fetch unless the index could not be reached at all.</summary>
    /// <returns>Why it could not be reached, for the fallback to Debian's source archive.</returns>
    private static async Task<string> WhyTheIndexFailedAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> distributionNames, string indexUrl, string pipError, CancellationToken cancellationToken)
    {
        var name = distributionNames[0];
        var answer = await IndexProbe.AskAsync(engine, baseImage, indexUrl, name, cancellationToken);
        if (answer.Status is not { } status)
        {
            return $"{SecretValues.Masked(indexUrl)}: {answer.Unreachable ?? pipError}";
        }

        var what = status switch
        {
            401 or 403 => "the user or token in the index URL was refused; check them",
            404 => $"it has no project '{name}'; check the index URL and the package name",
            < 400 => $"the index answers, but pip failed: {pipError}",
            _ => "the index failed; try again later or check the index",
        };
        throw new PyImagesException(
            $"Could not fetch the sources of {string.Join(", ", distributionNames)} from the package index {SecretValues.Masked(indexUrl)}: "
            + $"it answered HTTP {status} {answer.Reason}".TrimEnd() + $" ({what}).");
    }

    private static async Task<FetchedSources> FromIndexAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> files, IReadOnlyList<string> distributionNames,
        string directory, string? indexUrl, CancellationToken cancellationToken)
    {
        var index = string.IsNullOrEmpty(indexUrl) ? "pip's default index (the base image's pip configuration, else PyPI)" : SecretValues.Masked(indexUrl);
        var notes = new List<string> { $"Sources came from the package index {index}." };

        // A private index may serve the packages and not the build tools: the build then takes the base image's.
        var (tools, toolFiles) = await PipDownloader.DownloadAsync(engine, baseImage, PipDownloader.BuildTools, directory, indexUrl, cancellationToken);
        if (!tools.Succeeded)
        {
            notes.Add($"The build tools ({string.Join(", ", PipDownloader.BuildTools)}) were not fetched ({FirstErrorLine(tools, indexUrl)}), "
                + "so the build needs them from the base image.");
        }

        return new FetchedSources(
            directory,
            files.Concat(toolFiles).Where(IsSourceOrWheel).Distinct().Order(StringComparer.Ordinal).ToList(),
            distributionNames.ToDictionary(n => n, _ => SourceOrigins.PackageIndex),
            notes);
    }

    private static bool IsSourceOrWheel(string file) => file.EndsWith(".tar.gz") || file.EndsWith(".zip") || file.EndsWith(".whl");

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
