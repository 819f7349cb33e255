using PyImages.Engine.Provisioning;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>The first step: an engine that answers, the one asked for, else whatever docker or podman reaches, installed and started when allowed.</summary>
public static class EngineStep
{
    public static async Task<EngineSession> StartAsync(
        PipelineSettings settings, CheckoutIdentity owner, ArtifactLayout layout, ILogger log, CancellationToken cancellationToken)
    {
        var (engine, info) = await new EngineProvisioner(log, settings.Client, owner.ContainerLabels)
            .EnsureAsync(settings.Engine, layout.Logs, settings.AllowEngineInstall, cancellationToken);
        log.Information("Engine: {Kind} {Version} through {Client}, builder {Builder} (RUN --mount {Mounts}, as the engine reports; buildx flags {Buildx})",
            info.Kind, info.Version, info.Client ?? engine.Executable, info.Builder, Supported(info.Capabilities.SupportsRunMount), info.BuildxFlags ? "taken" : "not taken");
        return new EngineSession(engine, info);
    }

    /// <summary>An engine that already answers, never installed nor started (Clean must not install one to remove nothing); else why there is none.</summary>
    public static async Task<(EngineSession? Session, string? WhyNone)> FindAsync(
        PipelineSettings settings, CheckoutIdentity owner, ArtifactLayout layout, CancellationToken cancellationToken)
    {
        try
        {
            var (engine, info) = await new EngineProvisioner(client: settings.Client, containerLabels: owner.ContainerLabels)
                .EnsureAsync(settings.Engine, layout.Logs, allowInstall: false, cancellationToken);
            return (new EngineSession(engine, info), null);
        }
        catch (PyImagesException exception)
        {
            return (null, exception.Message);
        }
    }

    internal static string Supported(bool supported) => supported ? "supported" : "not supported";
}
