using Serilog;

namespace PyImages.Engine.Cli;

/// <summary>
/// <see cref="IContainerEngine"/> over the docker or podman CLI. Both share the syntax PyImages uses; output formats of
/// builders are never parsed: success is decided from exit codes and image inspection.
/// </summary>
public sealed partial class CliContainerEngine : IContainerEngine
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    private readonly IProcessRunner _runner;
    private readonly ILogger _log;
    private EngineInfo? _info;

    /// <param name="client">The CLI to reach the engine through; null: the engine's own command on PATH (<see cref="EngineClient.Default"/>).</param>
    public CliContainerEngine(EngineKind kind, IProcessRunner? runner = null, EngineClient? client = null, ILogger? logger = null)
    {
        if (client is not null && client.Kind != kind)
        {
            throw new ArgumentException($"A {client.Kind} client cannot reach a {kind} engine.", nameof(client));
        }

        Kind = kind;
        Client = client ?? EngineClient.Default(kind);
        _runner = runner ?? new CliProcessRunner();
        _log = logger ?? Log.ForContext<CliContainerEngine>();
    }

    public EngineKind Kind { get; }

    public EngineClient Client { get; }

    public string Executable => Client.Executable;

    public async Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default)
    {
        // The three questions are independent: asked at once, the probe takes one client start instead of three.
        var versionAsked = RunAsync(["version", "--format", Kind == EngineKind.Docker ? "{{.Server.Version}}|{{.Client.Version}}" : "{{.Server.Version}}"], cancellationToken, ProbeTimeout);
        var buildxAsked = Kind == EngineKind.Docker ? RunAsync(["buildx", "version"], cancellationToken, ProbeTimeout) : null;
        var buildxFlagsAsked = AcceptsBuildxFlagsAsync(cancellationToken);
        var version = await versionAsked;
        var buildxAnswers = buildxAsked is not null && (await buildxAsked).Succeeded;
        var buildxFlags = await buildxFlagsAsked;
        var versions = version.StandardOutput.Trim().Split('|', 2, StringSplitOptions.TrimEntries);
        if (!version.Succeeded || versions[0].Length == 0)
        {
            return null;
        }

        var buildKitVariable = Client.Variable(EngineClient.DockerBuildKitVariable);
        var (builder, supportsRunMount) = EngineBuilders.Detect(Kind, buildxAnswers, buildKitVariable);
        var client = Kind == EngineKind.Docker
            ? $"{Executable} {(versions.Length > 1 ? versions[1] : "(version unknown)")}{(buildKitVariable is null ? "" : $", DOCKER_BUILDKIT={buildKitVariable}")}"
            : Executable;
        return _info = new EngineInfo(Kind, versions[0], builder, BuilderCapabilities.Claimed(supportsRunMount), Client: client, BuildxFlags: buildxFlags);
    }

    /// <summary>
    /// Whether this client's <c>build</c> takes buildx's flags (<c>--load</c>): asked of the client itself, since a
    /// Docker 20.10 client reaches BuildKit with DOCKER_BUILDKIT=1 but refuses them ("unknown flag: --load"), and a
    /// newer client takes them only when its build is buildx's. An unknown flag fails before <c>--help</c> is read.
    /// </summary>
    private async Task<bool> AcceptsBuildxFlagsAsync(CancellationToken cancellationToken) =>
        Kind == EngineKind.Docker && (await RunAsync(["build", "--load", "--help"], cancellationToken, ProbeTimeout)).Succeeded;

    private Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        _runner.RunAsync(Client.Spec(arguments, timeout: timeout), cancellationToken);

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
