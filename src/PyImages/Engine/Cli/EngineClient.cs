namespace PyImages.Engine.Cli;

/// <summary>
/// The CLI an engine is reached through: the executable and the variables it runs with on top of this process's
/// environment. By default it is what a user gets by typing the command: the first <c>docker</c> (or <c>podman</c>)
/// on PATH, with DOCKER_BUILDKIT, DOCKER_HOST and contexts as they are. Code that needs one builder (a test per
/// builder, another build) names its own client instead of changing the process's environment, which other engines in
/// the same process would see too.
/// </summary>
/// <param name="Kind">The engine this is a client of.</param>
/// <param name="Executable">A name looked up on PATH, or a path.</param>
/// <param name="Environment">Variables set (a null value unsets one) for every command this client runs.</param>
/// <param name="ContainerLabels">Labels on every container this client starts, on top of the request's: whose run started it.</param>
public sealed record EngineClient(
    EngineKind Kind,
    string Executable,
    IReadOnlyDictionary<string, string?>? Environment = null,
    IReadOnlyDictionary<string, string>? ContainerLabels = null)
{
    /// <summary>Docker's switch between BuildKit (1) and the classic builder (0); unset, the client decides.</summary>
    public const string DockerBuildKitVariable = "DOCKER_BUILDKIT";

    /// <summary>The engine's own command, found on PATH, in this process's environment.</summary>
    public static EngineClient Default(EngineKind kind) => new(kind, kind == EngineKind.Podman ? "podman" : "docker");

    /// <summary>A docker client told which builder to use, whatever DOCKER_BUILDKIT this process has.</summary>
    public static EngineClient Docker(string executable, bool buildKit) =>
        new(EngineKind.Docker, executable, new Dictionary<string, string?> { [DockerBuildKitVariable] = buildKit ? "1" : "0" });

    /// <summary>The value the client sees: its own setting, else this process's.</summary>
    public string? Variable(string name) =>
        Environment is not null && Environment.TryGetValue(name, out var value) ? value : System.Environment.GetEnvironmentVariable(name);

    /// <summary>The command as the client runs it.</summary>
    public ProcessSpec Spec(IReadOnlyList<string> arguments, Action<string>? onOutputLine = null, TimeSpan? timeout = null) =>
        new(Executable, arguments, Environment, onOutputLine, timeout);
}
