namespace PyImages.Engine;

/// <summary>What probe builds showed the engine's builder accepts.</summary>
public sealed record BuilderFeatures(bool RunMount, bool CopyLink)
{
    /// <summary>
    /// The features the probe builds showed; null when even the plain control build failed, which says nothing
    /// about the features (the engine or the probe image is broken), so nothing may be concluded or cached.
    /// </summary>
    public static BuilderFeatures? FromProbeBuilds(bool controlBuilt, bool runMountBuilt, bool copyLinkBuilt) =>
        controlBuilt ? new BuilderFeatures(runMountBuilt, copyLinkBuilt) : null;

    /// <summary>
    /// The engine as the probe showed it. Docker's builder is named by what it did: only BuildKit accepts
    /// <c>RUN --mount</c> (e.g. DOCKER_BUILDKIT=1 on a Docker 20.10 client without buildx), the classic builder never does.
    /// </summary>
    public EngineInfo ApplyTo(EngineInfo claimed) => claimed with
    {
        Builder = claimed.Kind == EngineKind.Docker ? (RunMount ? EngineBuilders.BuildKit : EngineBuilders.Classic) : claimed.Builder,
        SupportsRunMount = RunMount,
        SupportsCopyLink = CopyLink,
        Confirmed = true,
    };
}
