using PyImages.Engine;

namespace PyImages.Sources;

/// <summary>
/// Takes upstream sdists from Debian's source archive: inside a Debian container (never on the host's apt configuration),
/// adds deb-src entries derived from the container's own apt sources and runs <c>apt-get -o Acquire::Retries=3 source --download-only</c>.
/// Success is judged by the *.orig.tar.* file that arrives, not by apt's exit code (the packaging tarball may be missing).
/// </summary>
public static class DebianArchiveFetcher
{
    private const string FileSeparator = "@@pyimages-file@@";

    private const string ReadSourcesScript =
        "for f in /etc/apt/sources.list /etc/apt/sources.list.d/*; do [ -f \"$f\" ] && { cat \"$f\"; printf '\\n" + FileSeparator + "\\n'; }; done; true";

    private const string Out = "/pyimages-out";

    // The deb-src entries arrive in the environment (nothing of the host is mounted); the results are copied out of /pyimages-out.
    private const string FetchScript =
        "mkdir -p " + Out + " && cd " + Out + " && printf '%s' \"$PYIMAGES_DEB_SRC_LIST\" >/etc/apt/sources.list.d/pyimages-deb-src.list "
        + "&& printf '%s' \"$PYIMAGES_DEB_SRC_SOURCES\" >/etc/apt/sources.list.d/pyimages-deb-src.sources "
        + "&& apt-get -o Acquire::Retries=3 update >" + Out + "/apt-update.log 2>&1 "
        + "|| { echo 'apt-get update failed:'; tail -n 5 " + Out + "/apt-update.log; exit 2; }\n"
        + "for name in \"$@\"; do mkdir -p \"" + Out + "/$name\" && cd \"" + Out + "/$name\" && apt-get -o Acquire::Retries=3 source --download-only \"$name\" >\"" + Out + "/$name.log\" 2>&1; done; exit 0";

    /// <summary>Fetches each distribution; returns per distribution either its sdist (moved into <paramref name="directory"/>) or the archive's error.</summary>
    public static async Task<IReadOnlyDictionary<string, DebianFetchOutcome>> FetchAsync(
        IContainerEngine engine, string debianImage, IReadOnlyList<string> distributionNames, string directory, CancellationToken cancellationToken)
    {
        var work = Path.Combine(directory, $".debian-{Guid.NewGuid():N}");
        try
        {
            var outDirectory = Path.Combine(work, "out");
            var (list, sources) = await DebSrcEntriesAsync(engine, debianImage, cancellationToken);
            var candidates = distributionNames.SelectMany(DebianSourceNames.Candidates).Distinct().ToList();
            var run = await engine.RunAsync(
                new RunRequest(debianImage, ["-c", FetchScript, "sh", .. candidates], User: "0", Entrypoint: "/bin/sh",
                    Environment: new Dictionary<string, string> { ["PYIMAGES_DEB_SRC_LIST"] = list, ["PYIMAGES_DEB_SRC_SOURCES"] = sources },
                    Output: new CopyOut(Out, outDirectory)),
                cancellationToken);
            return distributionNames.ToDictionary(
                name => name,
                name => run.Succeeded ? Collect(name, outDirectory, directory) : new DebianFetchOutcome(null, null, FirstLine(run.StandardOutput + run.StandardError)));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<(string List, string Sources)> DebSrcEntriesAsync(IContainerEngine engine, string debianImage, CancellationToken cancellationToken)
    {
        var read = await engine.RunAsync(new RunRequest(debianImage, ["-c", ReadSourcesScript], Entrypoint: "/bin/sh", Network: false), cancellationToken);
        var (list, sources) = DebSrcEntries.From(read.StandardOutput.Split(FileSeparator));
        if (list.Length + sources.Length == 0)
        {
            throw new PyImagesException($"Image {debianImage} has no apt sources (/etc/apt/sources.list or sources.list.d) to derive deb-src entries from; Debian's source archive cannot be used.");
        }

        return (list, sources);
    }

    private static DebianFetchOutcome Collect(string distributionName, string outDirectory, string directory)
    {
        var errors = new List<string>();
        foreach (var candidate in DebianSourceNames.Candidates(distributionName))
        {
            var candidateDirectory = Path.Combine(outDirectory, candidate);
            var found = (Directory.Exists(candidateDirectory) ? Directory.GetFiles(candidateDirectory) : [])
                .Select(f => (Path: f, Sdist: DebianSourceNames.SdistFor(Path.GetFileName(f), distributionName)))
                .FirstOrDefault(f => f.Sdist is not null);
            if (found.Sdist is { } sdist)
            {
                var target = Path.Combine(directory, sdist.SdistFileName);
                File.Move(found.Path, target, overwrite: true);
                return new DebianFetchOutcome(target, sdist.Note, null);
            }

            var log = Path.Combine(outDirectory, candidate + ".log");
            errors.Add($"{candidate}: {(File.Exists(log) ? LastErrorLine(File.ReadAllText(log)) : "not tried")}");
        }

        return new DebianFetchOutcome(null, null, string.Join("; ", errors));
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";

    private static string LastErrorLine(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.LastOrDefault(l => l.StartsWith("E:", StringComparison.Ordinal)) ?? lines.LastOrDefault() ?? "no output";
    }
}
