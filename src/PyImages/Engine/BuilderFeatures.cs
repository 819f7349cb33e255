namespace PyImages.Engine;

/// <summary>What probe builds showed the engine's builder accepts.</summary>
/// <param name="BindFromCachedStage">
/// <c>RUN --mount=type=bind,from=stage</c> sees the stage's files when that stage came from the build cache.
/// Buildah before 1.29 (Podman 4.3) mounts such a stage empty, so Minimal's mount path would install nothing.
/// </param>
public sealed record BuilderFeatures(bool RunMount, bool CopyLink, bool BindFromCachedStage = false)
{
    /// <summary>
    /// The features the probe builds showed; null when even the plain control build failed, which says nothing
    /// about the features (the engine or the probe image is broken), so nothing may be concluded or cached.
    /// </summary>
    public static BuilderFeatures? FromProbeBuilds(bool controlBuilt, bool runMountBuilt, bool copyLinkBuilt, bool bindFromCachedStageBuilt = false) =>
        controlBuilt ? new BuilderFeatures(runMountBuilt, copyLinkBuilt, runMountBuilt && bindFromCachedStageBuilt) : null;

    /// <summary>
    /// The engine as the probe showed it. Docker's builder is named by what it did: only BuildKit accepts
    /// <c>RUN --mount</c> (e.g. DOCKER_BUILDKIT=1 on a Docker 20.10 client without buildx), the classic builder never does.
    /// </summary>
    public EngineInfo ApplyTo(EngineInfo claimed) => claimed with
    {
        Builder = claimed.Kind == EngineKind.Docker ? (RunMount ? EngineBuilders.BuildKit : EngineBuilders.Classic) : claimed.Builder,
        // The templates use cache and bind mounts together: both must work, or the classic path is taken.
        SupportsRunMount = RunMount && BindFromCachedStage,
        SupportsCopyLink = CopyLink,
        Confirmed = true,
    };
}
