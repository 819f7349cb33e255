using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;
using PyImages.Spec;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    private (IContainerEngine Engine, EngineInfo Info)? _engine;
    private BaseImageFacts? _base;

    /// <summary>The engine the run uses, once <see cref="EnsureEngineAsync"/> has run.</summary>
    public IContainerEngine ContainerEngine => _engine?.Engine ?? throw new InvalidOperationException("EnsureEngineAsync has not run.");

    /// <summary>An engine that answers: the one asked for, else whatever docker or podman reaches, installed and started when allowed.</summary>
    public async Task<EngineInfo> EnsureEngineAsync(CancellationToken cancellationToken = default)
    {
        await LockAsync(cancellationToken);
        if (_engine is null)
        {
            _engine = await new EngineProvisioner(_log, _settings.Client, Owner.ContainerLabels)
                .EnsureAsync(_settings.Engine, Layout.Logs, _settings.AllowEngineInstall, cancellationToken);
            var info = _engine.Value.Info;
            _log.Information("Engine: {Kind} {Version} through {Client}, builder {Builder} (RUN --mount {Mounts}, as the engine reports; buildx flags {Buildx})",
                info.Kind, info.Version, info.Client ?? _engine.Value.Engine.Executable, info.Builder, Supported(info.Capabilities.SupportsRunMount), info.BuildxFlags ? "taken" : "not taken");
        }

        return _engine.Value.Info;
    }

    /// <summary>The base image really used: the configured one, or a bootstrapped stand-in (said loudly).</summary>
    public async Task<BaseImageFacts> EnsureBaseImageAsync(CancellationToken cancellationToken = default)
    {
        await EnsureEngineAsync(cancellationToken);
        if (_base is null)
        {
            Directory.CreateDirectory(Layout.Work);
            _base = await new BaseImageProvider().EnsureAsync(
                ContainerEngine, ImageSpec.BaseImage.ToString(), _settings.BootstrapBase, Layout.Work, cancellationToken,
                new BaseFactsCache(Path.Combine(Layout.State, $"base-facts-{_engine!.Value.Info.Kind.ToString().ToLowerInvariant()}.json")));
            _log.Information("Base image: {Reference} ({Os}, Python {Version} at {Python}, headers {Headers})",
                _base.Reference, _base.OsPrettyName, _base.PythonVersion, _base.PythonExecutable, _base.HasPythonHeaders ? "present" : "absent");
            await ConfirmBuilderAsync(cancellationToken);
        }

        return _base;
    }

    /// <summary>Replaces the builder features the engine's version output suggests by what probe builds on the base image showed (cached per engine version).</summary>
    private async Task ConfirmBuilderAsync(CancellationToken cancellationToken)
    {
        var (engine, claimed) = _engine!.Value;
        var cache = new BuilderProbeCache(Path.Combine(Layout.State, "builder-features.json"));
        var info = await new BuilderProbe(engine, cache, _log).ConfirmAsync(claimed, _base!.Reference, Layout.Work, cancellationToken);
        _engine = (engine, info);
        _log.Information("Builder: {Builder} on {Kind} {Version}: RUN --mount {Mounts}, COPY --link {Link} ({How})",
            info.Builder, info.Kind, info.Version, Supported(info.Capabilities.SupportsRunMount), Supported(info.Capabilities.CopyLink),
            info.Confirmed ? "confirmed by probe builds" : "as the engine reports; not confirmed by a probe build");
    }

    private static string Supported(bool supported) => supported ? "supported" : "not supported";
}
