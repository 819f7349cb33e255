using System.Diagnostics;

namespace PyImages.Engine.Cli;

public sealed partial class CliContainerEngine
{
    /// <summary>How a build log starts: the command that was run, after this prefix.</summary>
    public const string CommandEcho = "$ ";

    public async Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default)
    {
        var info = _info ?? await ProbeAsync(cancellationToken);
        var builder = request.Builder ?? info?.Builder;
        var imageIdFile = Path.Combine(Path.GetTempPath(), $"pyimages-iid-{Guid.NewGuid():N}");
        var tail = new OutputTail();
        var stopwatch = Stopwatch.StartNew();
        using var log = new LogFileWriter(request.LogPath);
        string? stepContainer = null;
        void Output(string line)
        {
            stepContainer = BuildContainer.IdIn(line) ?? stepContainer;
            log.WriteLine(line);
            tail.Add(line);
            onOutputLine?.Invoke(line);
        }

        var arguments = EngineArguments.Build(request, imageIdFile, builder, info?.BuildxFlags ?? false);
        ProcessResult result;
        bool retried;
        string? imageId;
        try
        {
            (result, retried) = await RunBuildAsync(arguments, request.Tag, log.Path, Output, cancellationToken);
            imageId = result.Succeeded ? await TagBuiltImageAsync(imageIdFile, request.Tag, Output) : null;
        }
        catch (OperationCanceledException)
        {
            Output("build cancelled: the client was stopped, nothing was tagged");
            await WaitForBuildContainerRemovalAsync(stepContainer, Output);
            throw;
        }
        finally
        {
            File.Delete(imageIdFile);
        }

        Output($"build {(imageId is null ? "failed" : "succeeded")}: exit code {result.ExitCode}{(imageId is null ? "" : $", image {imageId} tagged {request.Tag}")}{(retried ? ", on the second attempt" : "")}");
        return new BuildResult(result.ExitCode, imageId, tail.ToList(), log.Path, stopwatch.Elapsed);
    }

    /// <summary>Puts the tag onto the new image; null when the client wrote no id or the image is not there after all (the engine went away).</summary>
    private async Task<string?> TagBuiltImageAsync(string imageIdFile, string tag, Action<string> output)
    {
        var written = File.Exists(imageIdFile) ? (await File.ReadAllTextAsync(imageIdFile)).Trim() : string.Empty;
        if (written.Length == 0)
        {
            output($"the build exited 0 but the client wrote no image id into {imageIdFile}");
            return null;
        }

        var imageId = ImageId.Full(written);
        var tagged = await RunAsync(["tag", written, tag], CancellationToken.None);
        if (!tagged.Succeeded)
        {
            output($"tagging {imageId} as {tag} failed: {tagged.FirstErrorLine}");
            return null;
        }

        return imageId;
    }

    public async Task<string?> ImageIdAsync(string reference, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(["image", "inspect", "--format", "{{.Id}}", reference], cancellationToken, ProbeTimeout);
        var id = result.StandardOutput.Trim();

        return !result.Succeeded || id.Length == 0 ? null : ImageId.Full(id);
    }
}
