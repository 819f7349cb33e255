using System.Text.Json.Serialization;

namespace PyImages.Engine;

/// <summary>
/// What the engine's builder accepts: first what the engine's version output suggests, then what probe builds showed
/// (<see cref="EngineInfo.Confirmed"/>). The templates read <see cref="SupportsRunMount"/>; the probe cache keeps the rest.
/// </summary>
/// <param name="RunMount"><c>RUN --mount=type=cache</c> builds (BuildKit, Podman); the classic builder refuses it.</param>
/// <param name="CopyLink"><c>COPY --link</c> builds (known only after a probe).</param>
/// <param name="BindFromCachedStage">
/// <c>RUN --mount=type=bind,from=stage</c> sees the stage's files when that stage came from the build cache.
/// Buildah before 1.29 (Podman 4.3) mounts such a stage empty, so Minimal's mount path would install nothing.
/// </param>
public sealed record BuilderCapabilities(bool RunMount, bool CopyLink = false, bool BindFromCachedStage = false)
{
    public static BuilderCapabilities Classic { get; } = new(RunMount: false);

    public static BuilderCapabilities WithRunMount { get; } = new(RunMount: true, BindFromCachedStage: true);

    /// <summary>What the engine's version output suggests: mounts or none, nothing else known yet.</summary>
    public static BuilderCapabilities Claimed(bool runMount) => runMount ? WithRunMount : Classic;

    /// <summary>The templates use cache and bind mounts together: both must work, or the classic path is taken.</summary>
    [JsonIgnore]
    public bool SupportsRunMount => RunMount && BindFromCachedStage;

    /// <summary>
    /// What the probe builds showed; null when even the plain control build failed, which says nothing about the
    /// features (the engine or the probe image is broken), so nothing may be concluded or cached.
    /// </summary>
    public static BuilderCapabilities? FromProbeBuilds(bool controlBuilt, bool runMountBuilt, bool copyLinkBuilt, bool bindFromCachedStageBuilt = false) =>
        controlBuilt ? new BuilderCapabilities(runMountBuilt, copyLinkBuilt, runMountBuilt && bindFromCachedStageBuilt) : null;
}
