using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Integration;

/// <summary>
/// The docker clients the integration tests build with, one per Docker builder. Each fixture names its own client
/// (executable and DOCKER_BUILDKIT), so fixtures running side by side never race on the process's environment.
/// </summary>
public static class BuilderClients
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The first docker on PATH with DOCKER_BUILDKIT=0: Docker's classic builder, buildx or not.</summary>
    public static EngineClient Classic { get; } = EngineClient.Docker("docker", buildKit: false);

    /// <summary>
    /// The first docker client on PATH that builds with BuildKit when DOCKER_BUILDKIT=1: a client with buildx, or
    /// Docker 20.10's own (Debian's docker.io), which reaches the engine's embedded BuildKit. A newer client without
    /// buildx refuses every build then ("BuildKit is enabled but the buildx component is missing"), and is passed over.
    /// </summary>
    public static async Task<EngineClient> BuildKitAsync()
    {
        var tried = new List<string>();
        foreach (var executable in DockerExecutablesOnPath())
        {
            var client = EngineClient.Docker(executable, buildKit: true);
            var help = await new CliProcessRunner().RunAsync(client.Spec(["build", "--help"], timeout: AskTimeout));
            if (help.Succeeded)
            {
                return client;
            }

            tried.Add($"{executable}: {help.FirstErrorLine}");
        }

        throw new PyImagesException(
            $"No docker client on PATH builds with BuildKit when DOCKER_BUILDKIT=1 (tried: {(tried.Count == 0 ? "none found" : string.Join("; ", tried))}). "
            + "Install Debian's docker.io (its own client reaches the engine's BuildKit) or Docker's buildx plugin, then run the tests again.");
    }

    private static IEnumerable<string> DockerExecutablesOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "docker"))
            .Where(File.Exists)
            .Distinct();
}
