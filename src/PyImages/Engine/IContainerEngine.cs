using PyImages.Engine.Cli;

namespace PyImages.Engine;

/// <summary>
/// The container engine as PyImages uses it: a CLI (docker or podman) reached through its client.
/// Every other step talks to the engine only through this interface, so tests can run against a fake
/// and the same pipeline drives Docker (BuildKit or classic builder) and Podman.
/// </summary>
public interface IContainerEngine
{
    EngineKind Kind { get; }

    /// <summary>Client executable, e.g. "docker" or "podman".</summary>
    string Executable { get; }

    /// <summary>The CLI and the variables it runs with (DOCKER_BUILDKIT decides Docker's builder).</summary>
    EngineClient Client => EngineClient.Default(Kind);

    /// <summary>Version and builder capabilities; null when no engine answers.</summary>
    Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default);

    /// <summary>Builds an image, streaming output to the log file and the given sink. Never throws for a failed build: see <see cref="BuildResult.ExitCode"/>.</summary>
    Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a throwaway container (removed afterwards) and captures its output.</summary>
    Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default);

    /// <summary>The last lines a container printed (standard output and error), for a message about why it failed.</summary>
    Task<string> ContainerLogsAsync(string container, int lines, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} does not read container logs.");

    Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The full id (<see cref="ImageId.Full"/>) of the image the reference names now; null when there is none.</summary>
    Task<string?> ImageIdAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Raw JSON array printed by <c>image inspect</c>.</summary>
    Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Raw output of <c>history --no-trunc --format '{{json .}}'</c>: one JSON object a line, newest layer first.</summary>
    Task<string> HistoryJsonLinesAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Writes <c>save</c> output (a docker-archive / OCI tar) to <paramref name="tarPath"/>.</summary>
    Task SaveImageAsync(string reference, string tarPath, CancellationToken cancellationToken = default);

    /// <summary>Image ids (full) of images carrying the label filter, e.g. "org.pyimages.project=pyimages".</summary>
    Task<IReadOnlyList<string>> ListImageIdsAsync(string labelFilter, CancellationToken cancellationToken = default);

    /// <summary>Ids of containers (running or not) carrying the label filter.</summary>
    Task<IReadOnlyList<string>> ListContainerIdsAsync(string labelFilter, CancellationToken cancellationToken = default);

    Task RemoveImagesAsync(IEnumerable<string> references, CancellationToken cancellationToken = default);

    Task RemoveContainersAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Pulls the image; a failure is a result (unreachable or refused, with the engine's message), not an exception.</summary>
    Task<PullResult> PullAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Imports a root file system tar as an image tagged <paramref name="reference"/>.</summary>
    Task ImportAsync(string rootfsTarPath, string reference, IReadOnlyList<string> changes, CancellationToken cancellationToken = default);
}

public enum EngineKind
{
    Docker,
    Podman,
}

/// <param name="Builder">"buildkit", "classic" or "buildah" (Podman).</param>
/// <param name="Capabilities">What the builder accepts.</param>
/// <param name="Confirmed">Probe builds confirmed the capabilities (else they are what the engine's version output suggests).</param>
/// <param name="Client">The client as it answered, e.g. "docker 20.10.24, DOCKER_BUILDKIT=1"; null when not asked.</param>
/// <param name="BuildxFlags">The client's <c>build</c> takes buildx's flags such as <c>--load</c> (asked of the client).</param>
public sealed record EngineInfo(
    EngineKind Kind,
    string Version,
    string Builder,
    BuilderCapabilities Capabilities,
    bool Confirmed = false,
    string? Client = null,
    bool BuildxFlags = false)
{
    /// <summary>
    /// The engine as the probe showed it. Docker's builder is named by what it did: only BuildKit accepts
    /// <c>RUN --mount</c> (e.g. DOCKER_BUILDKIT=1 on a Docker 20.10 client without buildx), the classic builder never does.
    /// </summary>
    public EngineInfo ConfirmedBy(BuilderCapabilities probed) => this with
    {
        Builder = Kind == EngineKind.Docker ? (probed.RunMount ? EngineBuilders.BuildKit : EngineBuilders.Classic) : Builder,
        Capabilities = probed,
        Confirmed = true,
    };
}

/// <param name="Target">Multi-stage target to stop at, if any.</param>
/// <param name="Builder">The builder as probe builds confirmed it (<see cref="EngineInfo.Builder"/>), which decides the
/// builder-specific flags; null takes what the engine itself reports.</param>
public sealed record BuildRequest(
    string DockerfilePath,
    string ContextDirectory,
    string Tag,
    IReadOnlyDictionary<string, string> Labels,
    string LogPath,
    string? Target = null,
    bool NoCache = false,
    string? Builder = null);

/// <param name="OutputTail">The last lines of the build output (for error messages); the whole output is in <see cref="LogPath"/>.</param>
public sealed record BuildResult(int ExitCode, string? ImageId, IReadOnlyList<string> OutputTail, string LogPath, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0 && ImageId is not null;
}

/// <summary>
/// A throwaway container. Nothing of the host's file system is mounted into it (a remote engine could not see it, and
/// files a container writes into a mounted folder belong to the container's user): what it makes comes back by
/// <see cref="Output"/>, copied out by the client as the invoking user.
/// </summary>
/// <param name="Environment">Reaches the container through the client's environment, never its command line or a file.</param>
/// <param name="Labels">Labels put on the container, so an interrupted run's containers can be found and removed.</param>
/// <param name="Output">A folder of the container whose contents are copied to the host when the container succeeded.</param>
/// <param name="StandardInput">Written to the container's standard input: the way for a secret, which the engine then keeps in
/// no container configuration (an environment variable stays in it, on the engine's disk, as long as the container exists).</param>
/// <param name="Detached">Started in the background and left running (not removed): the standard output is its id; the caller
/// removes it (<see cref="IContainerEngine.RemoveContainersAsync"/>).</param>
/// <param name="JoinNamespacesOf">A running container whose network and process namespaces this one shares: it reaches the
/// other's ports on loopback with no port published, and sees its processes.</param>
public sealed record RunRequest(
    string Image,
    IReadOnlyList<string> Command,
    string? User = null,
    string? Entrypoint = null,
    IReadOnlyDictionary<string, string>? Environment = null,
    IReadOnlyDictionary<string, string>? Labels = null,
    bool Network = true,
    CopyOut? Output = null,
    string? StandardInput = null,
    bool Detached = false,
    string? JoinNamespacesOf = null);

/// <param name="ContainerPath">A folder in the container.</param>
/// <param name="HostDirectory">The host folder its contents go into (created when missing).</param>
public sealed record CopyOut(string ContainerPath, string HostDirectory);

public sealed record RunResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
