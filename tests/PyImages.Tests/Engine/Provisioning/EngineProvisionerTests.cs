using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;
using PyImages.Tests.Engine.Cli;

namespace PyImages.Tests.Engine.Provisioning;

public class EngineProvisionerTests
{
    private static readonly EngineInfo DockerInfo = new(EngineKind.Docker, "20.10.24", EngineBuilders.Classic, BuilderCapabilities.Classic);
    private static readonly EngineInfo PodmanInfo = new(EngineKind.Podman, "4.3.1", EngineBuilders.Buildah, BuilderCapabilities.WithRunMount);

    private readonly string _logs = Path.Combine(Path.GetTempPath(), $"pyimages-test-{Guid.NewGuid():N}");

    [Fact]
    public async Task Uses_docker_when_it_answers_and_installs_nothing()
    {
        var runner = new FakeProcessRunner();
        var (_, info) = await Provisioner(runner, new FakeHostFacts(true, FakeHostFacts.Debian), docker: () => DockerInfo, podman: () => PodmanInfo)
            .EnsureAsync(null, _logs, allowInstall: true, CancellationToken.None);

        Assert.Equal(DockerInfo, info);
        Assert.Empty(runner.Commands);
    }

    [Fact]
    public async Task Default_falls_back_to_podman_when_docker_does_not_answer()
    {
        var (engine, _) = await Provisioner(new FakeProcessRunner(), new FakeHostFacts(false, null), docker: () => null, podman: () => PodmanInfo)
            .EnsureAsync(null, _logs, allowInstall: true, CancellationToken.None);

        Assert.Equal(EngineKind.Podman, engine.Kind);
    }

    [Fact]
    public async Task Installs_docker_io_and_starts_dockerd_on_a_debian_root_host()
    {
        var runner = new FakeProcessRunner();
        var probes = 0;
        var (_, info) = await Provisioner(runner, new FakeHostFacts(true, FakeHostFacts.Debian), docker: () => ++probes > 3 ? DockerInfo : null, podman: () => null)
            .EnsureAsync(EngineKind.Docker, _logs, allowInstall: true, CancellationToken.None);

        Assert.Equal(DockerInfo, info);
        Assert.Equal("apt-get install -y docker.io", runner.Commands[0]);
        Assert.StartsWith("/bin/sh -c ", runner.Commands[1]);
        Assert.Contains("dockerd", runner.Commands[1]);
        Assert.EndsWith(Path.Combine(_logs, "dockerd.log"), runner.Commands[1]);
    }

    [Fact]
    public async Task Refreshes_apt_lists_only_when_the_first_install_fails()
    {
        var installs = 0;
        var probes = 0;
        var runner = new FakeProcessRunner(spec => spec.Arguments[0] == "install" && ++installs == 1 ? new ProcessResult(100, "", "E: Unable to locate package") : null);
        await Provisioner(runner, new FakeHostFacts(true, FakeHostFacts.Debian), docker: () => null, podman: () => ++probes > 1 ? PodmanInfo : null)
            .EnsureAsync(EngineKind.Podman, _logs, allowInstall: true, CancellationToken.None);

        Assert.Equal(["apt-get install -y podman", "apt-get update", "apt-get install -y podman"], runner.Commands);
    }

    [Fact]
    public async Task Starts_an_installed_dockerd_without_apt()
    {
        var runner = new FakeProcessRunner();
        var probes = 0;
        await Provisioner(runner, new FakeHostFacts(true, FakeHostFacts.Debian, "dockerd"), docker: () => ++probes > 1 ? DockerInfo : null, podman: () => null)
            .EnsureAsync(EngineKind.Docker, _logs, allowInstall: true, CancellationToken.None);

        Assert.DoesNotContain(runner.Commands, c => c.StartsWith("apt-get", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, FakeHostFacts.Debian, true, "not Debian/Ubuntu with root")]
    [InlineData(true, FakeHostFacts.Fedora, true, "not Debian/Ubuntu with root")]
    [InlineData(true, FakeHostFacts.Debian, false, "installing one is turned off")]
    public async Task Says_how_to_get_an_engine_when_it_cannot_install_one(bool root, string osRelease, bool allowInstall, string why)
    {
        var runner = new FakeProcessRunner();
        var error = await Assert.ThrowsAsync<PyImagesException>(() =>
            Provisioner(runner, new FakeHostFacts(root, osRelease), docker: () => null, podman: () => null).EnsureAsync(null, _logs, allowInstall, CancellationToken.None));

        Assert.Contains(why, error.Message);
        Assert.Contains("Install Docker Engine", error.Message);
        Assert.Contains("Podman", error.Message);
        Assert.Empty(runner.Commands);
    }

    [Fact]
    public async Task Gives_up_when_dockerd_never_answers_and_names_its_log()
    {
        var error = await Assert.ThrowsAsync<PyImagesException>(() =>
            Provisioner(new FakeProcessRunner(), new FakeHostFacts(true, FakeHostFacts.Debian, "dockerd"), docker: () => null, podman: () => null)
                .EnsureAsync(EngineKind.Docker, _logs, allowInstall: true, CancellationToken.None));

        Assert.Contains("did not answer within 60 s", error.Message);
        Assert.Contains("dockerd.log", error.Message);
    }

    private static EngineProvisioner Provisioner(
        FakeProcessRunner runner, FakeHostFacts host, Func<EngineInfo?> docker, Func<EngineInfo?> podman) =>
        new(runner, host, kind => new FakeEngine(kind, kind == EngineKind.Docker ? docker : podman), (_, _) => Task.CompletedTask);
}
