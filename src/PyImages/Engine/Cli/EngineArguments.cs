namespace PyImages.Engine.Cli;

/// <summary>Command lines for the docker/podman CLI (same syntax for both where PyImages uses them). Pure, so they are tested without an engine.</summary>
public static class EngineArguments
{
    /// <summary>
    /// Rootful <c>podman run</c> raises the open-files and process limits to the host's maximum, which
    /// sandboxed hosts (VMs, CI runners) refuse ("error setting rlimit type 7: operation not permitted").
    /// Our throwaway containers get the limits Podman's own builder gives RUN steps, which every host accepts.
    /// </summary>
    public static readonly IReadOnlyList<string> PodmanRunLimits = ["--ulimit", "nofile=1024:1024", "--ulimit", "nproc=32768:32768"];

    /// <summary>
    /// Steps that download (apt in a build, the fetch's pip and apt-get source) use the host's network rather than the
    /// engine's bridge and NAT: those were seen to drop name resolution for seconds while another engine on the same
    /// host (Podman's netavark) set up its own network, failing builds with "Temporary failure resolving". What the
    /// steps download, and so the images, are the same either way.
    /// </summary>
    public const string HostNetwork = "host";

    /// <param name="imageIdFile">Where the client writes the built image's id (<c>--iidfile</c>). The build tags nothing: the
    /// image is tagged only after it succeeded, so a failed or interrupted build never leaves a new image under the tag.</param>
    /// <param name="builder">From <see cref="EngineInfo.Builder"/>; null when unknown.</param>
    /// <param name="buildxFlags">The client takes buildx's flags (<see cref="EngineInfo.BuildxFlags"/>).</param>
    public static IReadOnlyList<string> Build(BuildRequest request, string imageIdFile, string? builder, bool buildxFlags = false)
    {
        var args = new List<string> { "build", "-f", request.DockerfilePath, "--iidfile", imageIdFile, "--network", HostNetwork };
        foreach (var (key, value) in request.Labels)
        {
            args.AddRange(["--label", $"{key}={value}"]);
        }

        if (request.Target is { } target)
        {
            args.AddRange(["--target", target]);
        }

        if (request.NoCache)
        {
            args.Add("--no-cache");
        }

        args.AddRange(builder switch
        {
            // Plain output streams line by line into the log instead of redrawing a terminal. --load: buildx builders
            // other than the engine's own (docker-container, remote) keep the result in their cache unless told to load it;
            // a client without buildx (Docker 20.10's with DOCKER_BUILDKIT=1) builds into the engine and refuses the flag.
            EngineBuilders.BuildKit => buildxFlags ? ["--progress=plain", "--load"] : ["--progress=plain"],

            // The classic builder keeps the intermediate container of a failed or interrupted step unless told otherwise.
            EngineBuilders.Classic => ["--force-rm"],
            _ => [],
        });
        args.Add(request.ContextDirectory);
        return args;
    }

    /// <summary><c>run --rm</c>: a throwaway container that is gone when it ends.</summary>
    /// <param name="containerName">A unique name, so an interrupted run's container can be removed.</param>
    /// <param name="ownerLabels">Labels of whose run starts it (<see cref="EngineClient.ContainerLabels"/>), on every container.</param>
    public static IReadOnlyList<string> Run(
        RunRequest request, string containerName, EngineKind kind = EngineKind.Docker, IReadOnlyDictionary<string, string>? ownerLabels = null) =>
        Container(["run", "--rm"], request, containerName, kind, ownerLabels);

    /// <summary><c>run --detach</c>: a container left running in the background (<see cref="RunRequest.Detached"/>).</summary>
    public static IReadOnlyList<string> RunDetached(
        RunRequest request, string containerName, EngineKind kind = EngineKind.Docker, IReadOnlyDictionary<string, string>? ownerLabels = null) =>
        Container(["run", "--detach"], request, containerName, kind, ownerLabels);

    /// <summary><c>logs --tail</c>: what a container printed last.</summary>
    public static IReadOnlyList<string> Logs(string container, int lines) => ["logs", "--tail", lines.ToString(System.Globalization.CultureInfo.InvariantCulture), container];

    /// <summary><c>create</c>: a container that is started, has its output copied out (<see cref="CopyOut"/>) and is then removed.</summary>
    public static IReadOnlyList<string> Create(
        RunRequest request, string containerName, EngineKind kind = EngineKind.Docker, IReadOnlyDictionary<string, string>? ownerLabels = null) =>
        Container(["create"], request, containerName, kind, ownerLabels);

    /// <summary><c>start</c> of a created container, attached (and with its standard input when it takes one).</summary>
    public static IReadOnlyList<string> Start(RunRequest request, string containerName) =>
        request.StandardInput is null ? ["start", "--attach", containerName] : ["start", "--attach", "--interactive", containerName];

    /// <summary>Copies the contents of <paramref name="output"/>'s container folder into its host folder, as the invoking user.</summary>
    public static IReadOnlyList<string> CopyOut(string containerName, CopyOut output) =>
        ["cp", $"{containerName}:{output.ContainerPath.TrimEnd('/')}/.", output.HostDirectory];

    private static IReadOnlyList<string> Container(
        string[] verb, RunRequest request, string containerName, EngineKind kind, IReadOnlyDictionary<string, string>? ownerLabels)
    {
        var args = new List<string>(verb) { "--name", containerName };
        if (kind == EngineKind.Podman)
        {
            args.AddRange(PodmanRunLimits);
        }

        if (request.JoinNamespacesOf is { } other)
        {
            args.AddRange(["--network", $"container:{other}", "--pid", $"container:{other}"]);
        }
        else
        {
            args.AddRange(["--network", request.Network ? HostNetwork : "none"]);
        }

        if (request.StandardInput is not null)
        {
            args.Add("--interactive");
        }

        if (request.User is { } user)
        {
            args.AddRange(["--user", user]);
        }

        if (request.Entrypoint is { } entrypoint)
        {
            args.AddRange(["--entrypoint", entrypoint]);
        }

        // Names only: the client takes each value from its own environment (ContainerEnvironment).
        foreach (var name in (request.Environment ?? new Dictionary<string, string>()).Keys.Order(StringComparer.Ordinal))
        {
            args.AddRange(["-e", name]);
        }

        var labels = new Dictionary<string, string>(request.Labels ?? new Dictionary<string, string>())
        {
            [ImageLabels.Project] = ImageLabels.ProjectValue,
            [ImageLabels.RunContainer] = ImageLabels.ProjectValue,
        };
        foreach (var (key, value) in ownerLabels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        foreach (var (key, value) in labels)
        {
            args.AddRange(["--label", $"{key}={value}"]);
        }

        args.Add(request.Image);
        args.AddRange(request.Command);
        return args;
    }
}
