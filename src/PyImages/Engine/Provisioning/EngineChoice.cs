namespace PyImages.Engine.Provisioning;

/// <summary>Why <see cref="EngineProvisioner"/> took the engine it took, in words for the log.</summary>
public static class EngineChoice
{
    public static string Why(EngineKind? requested, EngineKind chosen) => (requested, chosen) switch
    {
        (not null, _) => "as requested (--engine)",
        (null, EngineKind.Docker) => "because no --engine was given and the docker CLI reaches an engine (docker is tried first)",
        _ => "because no --engine was given, docker does not answer, and podman is installed and works",
    };

    public static string WhyInstall(EngineKind? requested) => requested is null
        ? "to be installed and started: no --engine was given and neither docker nor podman answers"
        : "to be installed (and started): it was requested (--engine) and does not answer";
}
