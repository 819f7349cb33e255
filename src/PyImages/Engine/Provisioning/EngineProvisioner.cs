using PyImages.Engine.Cli;
using Serilog;

namespace PyImages.Engine.Provisioning;

/// <summary>
/// Finds a container engine that answers, or (on a Debian/Ubuntu host as root, when allowed) installs and starts one:
/// Debian's docker.io with dockerd in the background, or podman (no daemon).
/// </summary>
public sealed class EngineProvisioner(
    IProcessRunner runner,
    IHostFacts host,
    Func<EngineKind, IContainerEngine> createEngine,
    Func<TimeSpan, CancellationToken, Task>? delay = null,
    ILogger? logger = null)
{
    public static readonly TimeSpan DaemonStartTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;
    private readonly AptInstaller _apt = new(runner, host);
    private readonly ILogger _log = logger ?? Log.ForContext<EngineProvisioner>();

    /// <param name="client">The client to reach the engine of its kind through; null (and for the other kind): the engine's own command on PATH.</param>
    /// <param name="containerLabels">Labels on every container the engine starts (<see cref="EngineClient.ContainerLabels"/>).</param>
    public EngineProvisioner(ILogger? logger = null, EngineClient? client = null, IReadOnlyDictionary<string, string>? containerLabels = null)
        : this(
            new CliProcessRunner(),
            new LocalHostFacts(),
            kind => new CliContainerEngine(kind, client: (client?.Kind == kind ? client : EngineClient.Default(kind)) with { ContainerLabels = containerLabels }),
            null,
            logger)
    {
    }

    /// <param name="requested">Docker or Podman; null: docker if it answers, else podman if it works, else install and start docker.</param>
    /// <param name="logDirectory">Where dockerd.log and apt logs go.</param>
    public async Task<(IContainerEngine Engine, EngineInfo Info)> EnsureAsync(
        EngineKind? requested, string logDirectory, bool allowInstall, CancellationToken cancellationToken)
    {
        var candidates = requested is { } kind ? [kind] : new[] { EngineKind.Docker, EngineKind.Podman };
        foreach (var candidate in candidates)
        {
            if (await ProbeAsync(candidate, cancellationToken) is { } found)
            {
                _log.Information("Engine choice: {Engine}, {Why}", Name(candidate), EngineChoice.Why(requested, candidate));
                return found;
            }
        }

        if (!allowInstall || !_apt.CanInstall)
        {
            throw NoEngine(requested, allowInstall ? "this host is not Debian/Ubuntu with root (or password-less sudo), so PyImages cannot install one" : "installing one is turned off");
        }

        _log.Information("Engine choice: {Engine}, {Why}", Name(requested ?? EngineKind.Docker), EngineChoice.WhyInstall(requested));
        return requested == EngineKind.Podman
            ? await InstallPodmanAsync(logDirectory, cancellationToken)
            : await StartDockerAsync(logDirectory, cancellationToken);
    }

    private async Task<(IContainerEngine, EngineInfo)?> ProbeAsync(EngineKind kind, CancellationToken cancellationToken)
    {
        var engine = createEngine(kind);
        return await engine.ProbeAsync(cancellationToken) is { } info ? (engine, info) : null;
    }

    private async Task<(IContainerEngine, EngineInfo)> InstallPodmanAsync(string logDirectory, CancellationToken cancellationToken)
    {
        if (!host.IsOnPath("podman"))
        {
            await _apt.InstallAsync("podman", Path.Combine(logDirectory, "apt-podman.log"), cancellationToken);
        }

        return await ProbeAsync(EngineKind.Podman, cancellationToken)
            ?? throw NoEngine(EngineKind.Podman, "podman is installed but 'podman version' does not answer");
    }

    private async Task<(IContainerEngine, EngineInfo)> StartDockerAsync(string logDirectory, CancellationToken cancellationToken)
    {
        if (!host.IsOnPath("dockerd"))
        {
            await _apt.InstallAsync("docker.io", Path.Combine(logDirectory, "apt-docker.io.log"), cancellationToken);
        }

        var daemonLog = Path.GetFullPath(Path.Combine(logDirectory, "dockerd.log"));
        Directory.CreateDirectory(logDirectory);
        var started = await runner.RunAsync(Privileged.Spec(host, new ProcessSpec("/bin/sh", ["-c", DockerdLauncher.Script, "sh", daemonLog])), cancellationToken);
        if (!started.Succeeded)
        {
            throw NoEngine(EngineKind.Docker, $"starting dockerd failed: {started.FirstErrorLine}");
        }

        for (var waited = TimeSpan.Zero; waited < DaemonStartTimeout; waited += PollInterval)
        {
            if (await ProbeAsync(EngineKind.Docker, cancellationToken) is { } found)
            {
                return found;
            }

            await _delay(PollInterval, cancellationToken);
        }

        throw NoEngine(EngineKind.Docker, $"dockerd was started but did not answer within {DaemonStartTimeout.TotalSeconds:0} s; see {daemonLog}");
    }

    private static string Name(EngineKind kind) => kind.ToString().ToLowerInvariant();

    private static PyImagesException NoEngine(EngineKind? requested, string why) =>
        new($"No container engine answers ({(requested is { } kind ? $"requested: {kind.ToString().ToLowerInvariant()}" : "tried docker, then podman")}); {why}. "
            + "Install Docker Engine and start it (or point DOCKER_HOST at a running engine), or install Podman, then run again; "
            + "choose the engine with --engine docker|podman.");
}
