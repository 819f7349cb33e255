using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Tests.Engine.Cli;

namespace PyImages.Tests.Engine;

/// <summary>
/// The engines' own answers to a pull, recorded from Docker 20.10 (the daemon words the error; the 20.10 and 28 clients
/// print it alike) and Podman 4.3, against Debian's docker-registry on 127.0.0.1 and with no route to Docker Hub. Only the
/// name server's address is replaced.
/// </summary>
public class PullResultTests
{
    public static TheoryData<string, int, string, PullOutcome, bool> Recorded => new()
    {
        // A registry that answers, without the tag (or digest).
        { "docker", 1, "Error response from daemon: manifest for 127.0.0.1:47123/pyimages-rec/nothing:1 not found: manifest unknown: manifest unknown", PullOutcome.Refused, true },
        { "podman", 125, "Trying to pull 127.0.0.1:47123/pyimages-rec/nothing:1...\nError: initializing source docker://127.0.0.1:47123/pyimages-rec/nothing:1: reading manifest 1 in 127.0.0.1:47123/pyimages-rec/nothing: manifest unknown: manifest unknown", PullOutcome.Refused, true },
        { "podman", 125, "Error: initializing source docker://127.0.0.1:47123/pyimages-rec/nothing@sha256:0000000000000000000000000000000000000000000000000000000000000000: reading manifest sha256:0000000000000000000000000000000000000000000000000000000000000000 in 127.0.0.1:47123/pyimages-rec/nothing: manifest unknown: manifest unknown", PullOutcome.Refused, true },

        // References the engine itself rejects.
        { "docker", 1, "Using default tag: latest\nError response from daemon: 'scratch' is a reserved name", PullOutcome.Refused, false },
        { "docker", 1, "invalid reference format: repository name must be lowercase", PullOutcome.Refused, false },
        { "podman", 125, "Error: repository name must be lowercase", PullOutcome.Refused, false },

        // A registry that answers plain HTTP to a client speaking TLS: reached, so not a reason for a stand-in.
        { "podman", 125, "Trying to pull 127.0.0.1:47123/pyimages-rec/nothing:1...\nError: initializing source docker://127.0.0.1:47123/pyimages-rec/nothing:1: pinging container registry 127.0.0.1:47123: Get \"https://127.0.0.1:47123/v2/\": http: server gave HTTP response to HTTPS client", PullOutcome.Refused, false },

        // No registry reached: nothing listens, or the name of Docker Hub does not resolve.
        { "docker", 1, "Error response from daemon: Get \"http://127.0.0.1:47124/v2/\": dial tcp 127.0.0.1:47124: connect: connection refused", PullOutcome.RegistryUnreachable, false },
        { "docker", 1, "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host", PullOutcome.RegistryUnreachable, false },
        { "podman", 125, "Trying to pull 127.0.0.1:47124/pyimages-rec/nothing:1...\ntime=\"2026-12-01T20:15:19Z\" level=warning msg=\"Failed, retrying in 1s ... (1/3). Error: initializing source docker://127.0.0.1:47124/pyimages-rec/nothing:1: pinging container registry 127.0.0.1:47124: Get \\\"http://127.0.0.1:47124/v2/\\\": dial tcp 127.0.0.1:47124: connect: connection refused\"\nError: initializing source docker://127.0.0.1:47124/pyimages-rec/nothing:1: pinging container registry 127.0.0.1:47124: Get \"http://127.0.0.1:47124/v2/\": dial tcp 127.0.0.1:47124: connect: connection refused", PullOutcome.RegistryUnreachable, false },
        { "podman", 125, "Trying to pull docker.io/library/python:3.12-slim...\nError: initializing source docker://python:3.12-slim: pinging container registry registry-1.docker.io: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host", PullOutcome.RegistryUnreachable, false },

        // Podman, a short name and no registry configured to search: there is none to ask.
        { "podman", 125, "Error: short-name \"pyhton:3.12-slim\" did not resolve to an alias and no unqualified-search registries are defined in \"/etc/containers/registries.conf\"", PullOutcome.RegistryUnreachable, false },
    };

    [Theory]
    [MemberData(nameof(Recorded))]
    public void A_failed_pull_is_told_apart_by_the_engines_own_message(string engine, int exitCode, string stderr, PullOutcome outcome, bool notFound)
    {
        var result = PullResult.From(new ProcessResult(exitCode, "", stderr));

        Assert.True((outcome, notFound) == (result.Outcome, result.NotFound), $"{engine}: {result}");
        Assert.StartsWith(stderr.Contains("Error", StringComparison.Ordinal) ? "Error" : "invalid", result.EngineMessage);
    }

    [Fact]
    public void A_pull_that_exits_0_is_pulled()
    {
        Assert.Equal(PullOutcome.Pulled, PullResult.From(new ProcessResult(0, "Digest: sha256:1\n", "")).Outcome);
    }

    [Theory]
    [InlineData(EngineKind.Podman, "127.0.0.1:5000/team/python:3.11-slim", "podman pull --tls-verify=false 127.0.0.1:5000/team/python:3.11-slim")]
    [InlineData(EngineKind.Podman, "localhost:5000/python:3.11-slim", "podman pull --tls-verify=false localhost:5000/python:3.11-slim")]
    [InlineData(EngineKind.Podman, "registry.example.com:5000/python:3.11-slim", "podman pull registry.example.com:5000/python:3.11-slim")]
    [InlineData(EngineKind.Podman, "python:3.12-slim", "podman pull python:3.12-slim")]
    [InlineData(EngineKind.Docker, "127.0.0.1:5000/team/python:3.11-slim", "docker pull 127.0.0.1:5000/team/python:3.11-slim")]
    public async Task Podman_pulls_from_a_loopback_registry_over_plain_HTTP_as_Docker_does_by_itself_and_from_no_other(EngineKind kind, string reference, string command)
    {
        var runner = new FakeProcessRunner();

        await new CliContainerEngine(kind, runner).PullAsync(reference);

        Assert.Equal([command], runner.Commands);
    }
}
