namespace PyImages.Engine;

/// <summary>Values of <see cref="EngineInfo.Builder"/>.</summary>
public static class EngineBuilders
{
    public const string BuildKit = "buildkit";
    public const string Classic = "classic";
    public const string Buildah = "buildah";

    /// <summary>
    /// Which builder <c>build</c> uses, from what the engine itself answered: Docker builds with BuildKit when the
    /// buildx plugin answers and DOCKER_BUILDKIT does not turn it off; Podman always builds with Buildah.
    /// This is the claim; <see cref="BuilderProbe"/> confirms it with probe builds.
    /// </summary>
    public static (string Builder, bool SupportsRunMount) Detect(EngineKind kind, bool buildxAnswers, string? dockerBuildKitVariable) =>
        kind switch
        {
            EngineKind.Podman => (Buildah, true),
            _ when buildxAnswers && dockerBuildKitVariable?.Trim() is not ("0" or "false") => (BuildKit, true),
            _ => (Classic, false),
        };
}
