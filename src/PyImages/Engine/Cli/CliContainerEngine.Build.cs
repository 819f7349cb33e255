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
        var temporaryTag = TemporaryTag.For(request.Tag);
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

        var arguments = EngineArguments.Build(request, temporaryTag, builder, info?.BuildxFlags ?? false);
        ProcessResult result;
        bool retried;
        try
        {
            (result, retried) = await RunBuildAsync(arguments, request.Tag, log.Path, Output, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Output("build cancelled: the client was stopped and the temporary tag removed");
            await RunQuietlyAsync(["rmi", temporaryTag]);
            await WaitForBuildContainerRemovalAsync(stepContainer, Output);
            throw;
        }

        var imageId = result.Succeeded ? await TagBuiltImageAsync(temporaryTag, request.Tag, Output) : null;
        await RunQuietlyAsync(["rmi", temporaryTag]);
        Output($"build {(imageId is null ? "failed" : "succeeded")}: exit code {result.ExitCode}{(imageId is null ? "" : $", image {imageId} tagged {request.Tag}")}{(retried ? ", on the second attempt" : "")}");
        return new BuildResult(result.ExitCode, imageId, tail.ToList(), log.Path, stopwatch.Elapsed);
    }

    /// <summary>Moves the final tag onto the new image; null when the image is not there after all (the engine went away).</summary>
    private async Task<string?> TagBuiltImageAsync(string temporaryTag, string tag, Action<string> output)
    {
        var imageId = await ImageIdAsync(temporaryTag, CancellationToken.None);
        if (imageId is null)
        {
            output($"the build exited 0 but image {temporaryTag} does not exist");
            return null;
        }

        var tagged = await RunAsync(["tag", temporaryTag, tag], CancellationToken.None);
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
