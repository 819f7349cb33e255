using PyImages.Engine;
using PyImages.Spec;

namespace PyImages.Sources;

/// <summary>Runs <c>pip download --no-binary :all:</c> in a throwaway container of the base image, into a host folder.</summary>
public static class PipDownloader
{
    /// <summary>Also fetched: what pip needs to build the sdists later without any index.</summary>
    public static readonly IReadOnlyList<string> BuildTools = ["setuptools", "wheel"];

    /// <returns>The pip result; the index URL reaches pip only as PIP_INDEX_URL in an env file.</returns>
    public static async Task<RunResult> DownloadAsync(
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
            "-d", "/out", .. requirements, .. BuildTools,
        ];
        return await engine.RunAsync(
            new RunRequest(baseImage.Reference, command, User: "0", Entrypoint: "", Volumes: [new VolumeMount(directory, "/out")], Environment: environment),
            cancellationToken);
    }
}
