namespace PyImages.Engine;

public sealed partial class CliContainerEngine
{
    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var containerName = $"pyimages-{Guid.NewGuid():N}";
        using var envFile = request.Environment is { Count: > 0 } environment ? EnvFile.Write(environment) : null;
        var arguments = EngineArguments.Run(request, containerName, envFile?.Path, Kind);
        try
        {
            var result = await RunAsync(arguments, cancellationToken);
            return new RunResult(result.ExitCode, result.StandardOutput, result.StandardError);
        }
        catch (OperationCanceledException)
        {
            await RunQuietlyAsync(["rm", "-f", containerName]);
            throw;
        }
    }
}
