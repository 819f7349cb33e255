using PyImages.Engine;
using PyImages.Spec;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    private (IContainerEngine Engine, EngineInfo Info)? _engine;
    private BaseImageFacts? _base;

    /// <summary>The engine the run uses, once <see cref="EnsureEngineAsync"/> has run.</summary>
    public IContainerEngine Engine => _engine?.Engine ?? throw new InvalidOperationException("EnsureEngineAsync has not run.");

    /// <summary>An engine that answers: the one asked for, else whatever docker or podman reaches, installed and started when allowed.</summary>
    public async Task<EngineInfo> EnsureEngineAsync(CancellationToken cancellationToken = default)
    {
        await LockAsync(cancellationToken);
        if (_engine is null)
        {
            _engine = await new EngineProvisioner().EnsureAsync(_settings.Engine, Layout.Logs, _settings.AllowEngineInstall, cancellationToken);
            var info = _engine.Value.Info;
            _log.Information("Engine: {Kind} {Version}, builder {Builder} (RUN --mount {Mounts})",
                info.Kind, info.Version, info.Builder, info.SupportsRunMount ? "supported" : "not supported");
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
            _base = await new BaseImageProvider().EnsureAsync(Engine, Spec.BaseImage.ToString(), _settings.BootstrapBase, Layout.Work, cancellationToken);
            _log.Information("Base image: {Reference} ({Os}, Python {Version} at {Python}, headers {Headers})",
                _base.Reference, _base.OsPrettyName, _base.PythonVersion, _base.PythonExecutable, _base.HasPythonHeaders ? "present" : "absent");
        }

        return _base;
    }
}
