using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

public sealed class BuilderProbeTests : IDisposable
{
    private static readonly EngineInfo Podman = new(EngineKind.Podman, "4.3.1", EngineBuilders.Buildah, BuilderCapabilities.WithRunMount);
    private static readonly EngineInfo DockerClassic = new(EngineKind.Docker, "20.10.24", EngineBuilders.Classic, BuilderCapabilities.Classic);
    private static readonly EngineInfo DockerBuildKit = new(EngineKind.Docker, "24.0.7", EngineBuilders.BuildKit, BuilderCapabilities.WithRunMount);

    private readonly string _work = Directory.CreateTempSubdirectory("pyimages-probe-test-").FullName;

    private BuilderProbeCache Cache => new(Path.Combine(_work, "state", "builder-features.json"));

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Podman_that_builds_run_mount_but_not_copy_link_is_recorded_so()
    {
        var engine = Engine(EngineKind.Podman, mount: true, link: false);

        var info = await new BuilderProbe(engine, Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);

        Assert.Equal(Podman with { Capabilities = new BuilderCapabilities(RunMount: true, CopyLink: false, BindFromCachedStage: true), Confirmed = true }, info);
        Assert.Equal(5, engine.Built.Count); // control, cache mount, COPY --link, bind from a stage built then cached
        Assert.All(engine.Built, text => Assert.StartsWith("FROM base:1", text));
        Assert.Equal(4, engine.Removed.Count); // the images of the builds that succeeded are not left behind
    }

    [Fact]
    public async Task Podman_that_mounts_a_cached_stage_empty_gets_the_classic_path()
    {
        var engine = Engine(EngineKind.Podman, mount: true, link: false, bindCachedStage: false);

        var info = await new BuilderProbe(engine, Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);

        Assert.False(info.Capabilities.SupportsRunMount);
        Assert.True(info.Confirmed);
        Assert.Contains(engine.Built, text => text.Contains("--mount=type=bind,from=stage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Docker_whose_builder_refuses_run_mount_is_classic_whatever_was_claimed()
    {
        var info = await new BuilderProbe(Engine(EngineKind.Docker, mount: false, link: false), Cache)
            .ConfirmAsync(DockerBuildKit, "base:1", _work, CancellationToken.None);

        Assert.Equal((EngineBuilders.Classic, false, true), (info.Builder, info.Capabilities.SupportsRunMount, info.Confirmed));
    }

    [Fact]
    public async Task Docker_claimed_classic_that_builds_run_mount_is_buildkit()
    {
        var info = await new BuilderProbe(Engine(EngineKind.Docker, mount: true, link: true), Cache)
            .ConfirmAsync(DockerClassic, "base:1", _work, CancellationToken.None);

        Assert.Equal((EngineBuilders.BuildKit, true, true), (info.Builder, info.Capabilities.SupportsRunMount, info.Capabilities.CopyLink));
    }

    [Fact]
    public async Task A_second_run_on_the_same_engine_version_reads_the_cache_and_builds_nothing()
    {
        await new BuilderProbe(Engine(EngineKind.Podman, mount: true, link: false), Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);
        var again = Engine(EngineKind.Podman, mount: false, link: false);

        var info = await new BuilderProbe(again, Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);

        Assert.Empty(again.Built);
        Assert.True(info.Capabilities.SupportsRunMount);
        Assert.True(info.Confirmed);
    }

    [Fact]
    public async Task Another_engine_version_probes_again()
    {
        await new BuilderProbe(Engine(EngineKind.Podman, mount: true, link: false), Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);
        var upgraded = Engine(EngineKind.Podman, mount: true, link: true);

        var info = await new BuilderProbe(upgraded, Cache).ConfirmAsync(Podman with { Version = "5.0.0" }, "base:1", _work, CancellationToken.None);

        Assert.Equal(5, upgraded.Built.Count);
        Assert.True(info.Capabilities.CopyLink);
    }

    [Fact]
    public async Task When_even_the_plain_build_fails_the_claim_stands_and_nothing_is_cached()
    {
        var broken = new FakeEngine(EngineKind.Podman, () => Podman, _ => false);

        var info = await new BuilderProbe(broken, Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);
        var next = Engine(EngineKind.Podman, mount: true, link: false);
        await new BuilderProbe(next, Cache).ConfirmAsync(Podman, "base:1", _work, CancellationToken.None);

        Assert.Equal(Podman, info);
        Assert.Equal(5, next.Built.Count);
    }

    [Fact]
    public void The_cache_key_tells_docker_buildkit_settings_apart()
    {
        Assert.NotEqual(BuilderProbeCache.KeyFor(DockerClassic, null), BuilderProbeCache.KeyFor(DockerClassic, "1"));
        Assert.Equal(BuilderProbeCache.KeyFor(Podman, null), BuilderProbeCache.KeyFor(Podman, "1"));
    }

    [Fact]
    public void The_cache_key_tells_clients_apart()
    {
        // Same engine, same DOCKER_BUILDKIT=1: Debian's 20.10 client builds with BuildKit, a newer one without buildx fails every build.
        var debian = DockerClassic with { Client = "/usr/bin/docker 20.10.24, DOCKER_BUILDKIT=1" };
        var newer = DockerClassic with { Client = "docker 28.2.2, DOCKER_BUILDKIT=1" };

        Assert.NotEqual(BuilderProbeCache.KeyFor(debian, "1"), BuilderProbeCache.KeyFor(newer, "1"));
        Assert.NotEqual(BuilderProbeCache.KeyFor(newer, "1"), BuilderProbeCache.KeyFor(newer with { BuildxFlags = true }, "1"));
    }

    private static FakeEngine Engine(EngineKind kind, bool mount, bool link, bool bindCachedStage = true) =>
        new(kind, () => null, text =>
            text.Contains("from=stage", StringComparison.Ordinal) ? mount && (bindCachedStage || !text.Contains("echo second", StringComparison.Ordinal))
            : text.Contains("--mount", StringComparison.Ordinal) ? mount
            : !text.Contains("--link", StringComparison.Ordinal) || link);
}
