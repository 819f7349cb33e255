using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Inspection;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>
/// The base image really used (the configured one, or a bootstrapped stand-in, said loudly), its facts, and the
/// builder's features as probe builds on it show them (they replace what the engine's version output suggests).
/// </summary>
public static class BaseImageStep
{
    public static async Task<PreparedEngine> PrepareAsync(
        EngineSession session, string configuredReference, bool allowBootstrap, ArtifactLayout layout, ILogger log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(layout.Work);
        var facts = await new BaseImageProvider().EnsureAsync(
            session.Engine, configuredReference, allowBootstrap, layout.Work, cancellationToken,
            new BaseFactsCache(Path.Combine(layout.State, $"base-facts-{session.Info.Kind.ToString().ToLowerInvariant()}.json")));
        log.Information("Base image: {Reference} ({Os}, Python {Version} at {Python}, headers {Headers})",
            facts.Reference, facts.OsPrettyName, facts.PythonVersion, facts.PythonExecutable, facts.HasPythonHeaders ? "present" : "absent");
        var image = ImageFactsParser.Parse(await session.Engine.InspectImageJsonAsync(facts.Reference, cancellationToken));

        var cache = new BuilderProbeCache(Path.Combine(layout.State, "builder-features.json"));
        var info = await new BuilderProbe(session.Engine, cache, log).ConfirmAsync(session.Info, facts.Reference, layout.Work, cancellationToken);
        log.Information("Builder: {Builder} on {Kind} {Version}: RUN --mount {Mounts}, COPY --link {Link} ({How})",
            info.Builder, info.Kind, info.Version, EngineStep.Supported(info.Capabilities.SupportsRunMount), EngineStep.Supported(info.Capabilities.CopyLink),
            info.Confirmed ? "confirmed by probe builds" : "as the engine reports; not confirmed by a probe build");
        return new PreparedEngine(session with { Info = info }, facts, image);
    }
}
