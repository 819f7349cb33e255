using PyImages.Engine.BaseImages;
using PyImages.Tests.Integration;

namespace Build.Tests.Faults;

/// <summary>
/// Warms build.sh once (it rebuilds the build project only when its sources changed, so later runs start in about
/// a second) and fetches uWSGI's sources once, on first use, for the tests that build images.
/// </summary>
public sealed class FaultsFixture : IAsyncLifetime
{
    /// <summary>The base the tests build on: the bootstrapped Debian Python base, named so no pull is tried.</summary>
    public const string BaseImage = BaseImageProvider.BootstrapTag;

    private readonly Sandbox _seed = new();
    private Lazy<Task<string>>? _sources;
    private Lazy<Task<SecondEngine>>? _secondEngine;

    public async Task InitializeAsync()
    {
        var help = await BuildSh.RunAsync(_seed, ["--help"], timeout: TimeSpan.FromMinutes(8));
        Assert.True(help.ExitCode == 0, $"./build.sh --help failed: {help}");
        _sources = new(FetchAsync);
        _secondEngine = new(StartSecondEngineAsync);
    }

    /// <summary>Fails the test (or skips it when PYIMAGES_SKIP_INTEGRATION=1) when no Docker engine answers.</summary>
    public static void RequireEngine()
    {
        IntegrationGuard.Require(null);
        var (exitCode, output) = new Docker().Try("version", "--format", "{{.Server.Version}}");
        IntegrationGuard.Require(exitCode == 0 ? null : $"no Docker engine answers `docker version`: {output}");
    }

    /// <summary>A folder with uWSGI's sources and their manifest, fetched by <c>./build.sh Fetch</c> once per test run.</summary>
    public Task<string> SourcesAsync() => _sources!.Value;

    /// <summary>A dockerd of the tests' own with the base loaded, started on first use and stopped at the end.</summary>
    public Task<SecondEngine> SecondEngineAsync() => _secondEngine!.Value;

    public async Task DisposeAsync()
    {
        _seed.Dispose();
        if (_secondEngine is { IsValueCreated: true } started && started.Value.IsCompletedSuccessfully)
            await started.Value.Result.StopAsync();
    }

    private static async Task<SecondEngine> StartSecondEngineAsync()
    {
        var engine = new SecondEngine();
        var failure = await engine.StartAsync();
        Assert.True(failure is null, $"These tests need a second Docker daemon of their own: {failure}");
        engine.Load(BaseImage);
        return engine;
    }

    private async Task<string> FetchAsync()
    {
        var fetch = await BuildSh.RunAsync(_seed, ["Fetch", "--base-image", BaseImage]);
        Assert.True(fetch.ExitCode == 0, $"./build.sh Fetch failed: {fetch}");
        return Path.Combine(_seed.Artifacts, "sources");
    }
}
