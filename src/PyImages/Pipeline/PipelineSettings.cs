using PyImages.Engine;
using PyImages.Spec;

namespace PyImages.Pipeline;

/// <summary>Everything a run is told from outside: what to build (raw, validated by <see cref="PyImagesRun"/>) and where.</summary>
/// <param name="ArtifactsDirectory">Root of everything the run writes (Dockerfiles, sources, logs, state, reports).</param>
/// <param name="Engine">The engine asked for; null picks whatever answers.</param>
/// <param name="AllowEngineInstall">May install and start Debian's docker.io or podman when no engine answers.</param>
/// <param name="BootstrapBase">May bootstrap a stand-in base image from Debian's mirror when the configured one is missing.</param>
/// <param name="IndexUrl">Package index URL, possibly with credentials: a secret, used by the fetch step only.</param>
public sealed record PipelineSettings(
    string ArtifactsDirectory,
    ImageSpecInput Spec,
    EngineKind? Engine = null,
    bool AllowEngineInstall = true,
    bool BootstrapBase = true,
    string? IndexUrl = null);
