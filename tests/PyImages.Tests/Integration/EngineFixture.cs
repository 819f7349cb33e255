using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Provisioning;
using PyImages.Sources;
using PyImages.Spec;

namespace PyImages.Tests.Integration;

/// <summary>
/// One engine per test run (installed and started if need be), the bootstrapped Debian Python base, and uWSGI's sources
/// fetched once on first use. PYIMAGES_ENGINE=podman picks Podman; default Docker.
/// </summary>
public sealed class EngineFixture : IAsyncLifetime
{
    public const string BaseReference = BaseImageProvider.BootstrapTag;

    private Lazy<Task<FetchedSources>>? _uwsgiSources;

    public IContainerEngine Engine { get; private set; } = null!;

    public EngineInfo EngineInfo { get; private set; } = null!;

    public BaseImageFacts BaseImage { get; private set; } = null!;

    /// <summary>A per-run folder for logs, sources and build contexts; removed at the end.</summary>
    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("pyimages-it-").FullName;

    /// <summary>Why the engine or base image could not be had; null when both are there.</summary>
    public string? Failure { get; private set; }

    /// <summary>uWSGI's sdist, fetched once per test run (from Debian's source archive where there is no package index).</summary>
    public Task<FetchedSources> UwsgiSourcesAsync() => _uwsgiSources!.Value;

    public async Task InitializeAsync()
    {
        if (IntegrationGuard.SkipRequested())
        {
            Failure = "skipped";
            return;
        }

        try
        {
            var kind = Environment.GetEnvironmentVariable("PYIMAGES_ENGINE")?.ToLowerInvariant() == "podman" ? EngineKind.Podman : EngineKind.Docker;
            (Engine, EngineInfo) = await new EngineProvisioner().EnsureAsync(kind, Path.Combine(WorkDirectory, "logs"), allowInstall: true, CancellationToken.None);
            BaseImage = await new BaseImageProvider().EnsureAsync(Engine, BaseReference, allowBootstrap: true, Path.Combine(WorkDirectory, "base"), CancellationToken.None);
            _uwsgiSources = new(() => SourceFetcher.FetchAsync(Engine, BaseImage, ["uwsgi"], ["uwsgi"], Path.Combine(WorkDirectory, "sources"), null, CancellationToken.None));
        }
        catch (Exception e) when (e is PyImagesException or IOException or InvalidOperationException)
        {
            Failure = e.Message;
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Files written as root by containers may resist; the temp folder is cleaned by the system anyway.
        }

        return Task.CompletedTask;
    }
}
