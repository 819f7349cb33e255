namespace PyImages.Engine;

/// <summary>
/// <see cref="IContainerEngine"/> over the docker or podman CLI. Both share the syntax PyImages uses; output formats of
/// builders are never parsed: success is decided from exit codes and image inspection.
/// </summary>
public sealed partial class CliContainerEngine(EngineKind kind, IProcessRunner? runner = null) : IContainerEngine
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    private readonly IProcessRunner _runner = runner ?? new CliProcessRunner();
    private EngineInfo? _info;

    public EngineKind Kind { get; } = kind;

    public string Executable => Kind == EngineKind.Podman ? "podman" : "docker";

    public async Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var version = await RunAsync(["version", "--format", "{{.Server.Version}}"], cancellationToken, ProbeTimeout);
        if (!version.Succeeded || version.StandardOutput.Trim().Length == 0)
        {
            return null;
        }

        var buildxAnswers = Kind == EngineKind.Docker
            && (await RunAsync(["buildx", "version"], cancellationToken, ProbeTimeout)).Succeeded;
        var (builder, supportsRunMount) = EngineBuilders.Detect(Kind, buildxAnswers, Environment.GetEnvironmentVariable("DOCKER_BUILDKIT"));
        return _info = new EngineInfo(Kind, version.StandardOutput.Trim(), builder, supportsRunMount);
    }

    private Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        _runner.RunAsync(new ProcessSpec(Executable, arguments, Timeout: timeout), cancellationToken);

    /// <summary>Runs a CLI command that must succeed; a failure becomes a <see cref="PyImagesException"/> naming the command.</summary>
    private async Task<ProcessResult> RunCheckedAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await RunAsync(arguments, cancellationToken);
        return result.Succeeded
            ? result
            : throw new PyImagesException($"'{Executable} {string.Join(' ', arguments)}' failed (exit code {result.ExitCode}): {result.FirstErrorLine}");
    }

    /// <summary>Cleanup after a failure or cancellation: must not throw, must not be cancelled by the token that just fired.</summary>
    private async Task RunQuietlyAsync(IReadOnlyList<string> arguments)
    {
        try
        {
            await RunAsync(arguments, CancellationToken.None, ProbeTimeout);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The engine may be gone (that may be why we clean up); nothing more can be done here.
        }
    }

    private static IReadOnlyList<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
