using PyImages.Engine;
using PyImages.Engine.BaseImages;
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

    /// <summary>
    /// Runs pip with PIP_INDEX_URL read from standard input: a secret in the container's environment would stay in its
    /// configuration on the engine's disk, and in <c>inspect</c>, for as long as the container exists (after a killed run, until removed).
    /// </summary>
    public const string PipWithIndexFromStdin =
        "import os, runpy, sys; os.environ['PIP_INDEX_URL'] = sys.stdin.readline().rstrip('\\n'); "
        + "sys.argv = ['pip'] + sys.argv[1:]; runpy.run_module('pip', run_name='__main__', alter_sys=True)";

    /// <returns>The pip result and, when it succeeded, the files it downloaded, moved into <paramref name="directory"/>.
    /// The index URL reaches pip only through the container's standard input.</returns>
    public static async Task<(RunResult Pip, IReadOnlyList<string> Files)> DownloadAsync(
        IContainerEngine engine, BaseImageFacts baseImage, IReadOnlyList<string> requirements, string directory, string? indexUrl, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string> { ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1", ["PIP_NO_INPUT"] = "1" };
        var withIndex = !string.IsNullOrEmpty(indexUrl);
        string[] command =
        [
            baseImage.PythonExecutable, .. withIndex ? ["-c", PipWithIndexFromStdin] : new[] { "-m", "pip" },
            "download", "--no-binary", ":all:", "--retries", "0", "--timeout", "10", "-d", OutDirectory, .. requirements,
        ];
        var work = Path.Combine(directory, $".pip-{Guid.NewGuid():N}");
        try
        {
            var pip = await engine.RunAsync(
                new RunRequest(baseImage.Reference, command, User: "0", Entrypoint: "", Environment: environment, Output: new CopyOut(OutDirectory, work),
                    StandardInput: withIndex ? indexUrl + "\n" : null),
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
