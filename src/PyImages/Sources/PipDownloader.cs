using PyImages.Engine;
using PyImages.Spec;

namespace PyImages.Sources;

/// <summary>
/// Runs <c>pip download --no-binary :all:</c> in a throwaway container of the base image; the files are copied out of
/// the container by the client (no host folder is mounted), so they belong to the invoking user.
/// </summary>
public static class PipDownloader
{
    /// <summary>Also fetched: what pip needs to build the sdists later without any index.</summary>
    public static readonly IReadOnlyList<string> BuildTools = ["setuptools", "wheel"];

    private const string OutDirectory = "/pyimages-out";

    /// <returns>The pip result and, when it succeeded, the files it downloaded, moved into <paramref name="directory"/>.
    /// The index URL reaches pip only as PIP_INDEX_URL in the container's environment.</returns>
    public static async Task<(RunResult Pip, IReadOnlyList<string> Files)> DownloadAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> requirements, string directory, string? indexUrl, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1", ["PIP_NO_INPUT"] = "1" };
        if (!string.IsNullOrEmpty(indexUrl))
        {
            environment["PIP_INDEX_URL"] = indexUrl;
        }

        string[] command =
        [
            baseImage.PythonExecutable, "-m", "pip", "download", "--no-binary", ":all:", "--retries", "0", "--timeout", "10",
            "-d", OutDirectory, .. requirements,
        ];
        var work = Path.Combine(directory, $".pip-{Guid.NewGuid():N}");
        try
        {
            var pip = await engine.RunAsync(
                new RunRequest(baseImage.Reference, command, User: "0", Entrypoint: "", Environment: environment, Output: new CopyOut(OutDirectory, work)),
                cancellationToken);
            return (pip, pip.Succeeded ? MoveInto(work, directory) : []);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static IReadOnlyList<string> MoveInto(string work, string directory) =>
        Directory.Exists(work)
            ? Directory.GetFiles(work).Select(file =>
            {
                var target = Path.Combine(directory, Path.GetFileName(file));
                File.Move(file, target, overwrite: true);
                return target;
            }).Order(StringComparer.Ordinal).ToList()
            : [];
}
