namespace PyImages.Engine.Cli;

public sealed partial class CliContainerEngine
{
    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        LeftoverEnvFiles.RemoveOnce();
        var containerName = $"pyimages-{Guid.NewGuid():N}";
        var environment = ContainerEnvironment.ForClient(request.Environment);
        try
        {
            if (request.Detached)
            {
                return ToRunResult(await RunAsync(EngineArguments.RunDetached(request, containerName, Kind, Client.ContainerLabels), environment, cancellationToken));
            }

            return request.Output is { } output
                ? await RunAndCopyOutAsync(request, containerName, environment, output, cancellationToken)
                : ToRunResult(await RunAsync(EngineArguments.Run(request, containerName, Kind, Client.ContainerLabels), environment, cancellationToken, request.StandardInput));
        }
        catch (OperationCanceledException)
        {
            await RunQuietlyAsync(["rm", "-f", containerName]);
            throw;
        }
    }

    public async Task<string> ContainerLogsAsync(string container, int lines, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(EngineArguments.Logs(container, lines), null, cancellationToken);
        return (result.StandardOutput + result.StandardError).Trim();
    }

    /// <summary>create, start (attached), copy the output folder out when the container succeeded, remove.</summary>
    private async Task<RunResult> RunAndCopyOutAsync(
        RunRequest request, string containerName, IReadOnlyDictionary<string, string?>? environment, CopyOut output, CancellationToken cancellationToken)
    {
        var created = await RunAsync(EngineArguments.Create(request, containerName, Kind, Client.ContainerLabels), environment, cancellationToken);
        if (!created.Succeeded)
        {
            return ToRunResult(created);
        }

        try
        {
            var started = await RunAsync(EngineArguments.Start(request, containerName), null, cancellationToken, request.StandardInput);
            if (!started.Succeeded)
            {
                return ToRunResult(started);
            }

            Directory.CreateDirectory(output.HostDirectory);
            var copied = await RunAsync(EngineArguments.CopyOut(containerName, output), cancellationToken);
            return copied.Succeeded
                ? ToRunResult(started)
                : new RunResult(copied.ExitCode, started.StandardOutput,
                    $"Could not copy {output.ContainerPath} out of the container into {output.HostDirectory}: {copied.FirstErrorLine}");
        }
        finally
        {
            await RunQuietlyAsync(["rm", "-f", containerName]);
        }
    }

    private Task<ProcessResult> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken, string? standardInput = null) =>
        _runner.RunAsync(new ProcessSpec(Executable, arguments, environment, StandardInput: standardInput), cancellationToken);

    private static RunResult ToRunResult(ProcessResult result) => new(result.ExitCode, result.StandardOutput, result.StandardError);
}
