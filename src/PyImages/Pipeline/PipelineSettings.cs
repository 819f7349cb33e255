using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Spec;

namespace PyImages.Pipeline;

/// <summary>Everything a run is told from outside: what to build (raw, validated by <see cref="PyImagesRun"/>) and where.</summary>
/// <param name="ArtifactsDirectory">Root of everything the run writes (Dockerfiles, sources, logs, state, reports).</param>
/// <param name="Engine">The engine asked for; null picks whatever answers.</param>
/// <param name="AllowEngineInstall">May install and start Debian's docker.io or podman when no engine answers.</param>
/// <param name="BootstrapBase">May bootstrap a stand-in base image from Debian's mirror when the configured one is missing.</param>
/// <param name="IndexUrl">Package index URL, possibly with credentials: a secret, used by the fetch step only.</param>
/// <param name="Client">The CLI to reach that kind of engine through (e.g. a given docker client with DOCKER_BUILDKIT=1);
/// null: the engine's own command on PATH in this process's environment, as a user typing it gets.</param>
/// <param name="Checks">The Verify checks to run, as a user types their names (e.g. http); null or none: every check that applies.</param>
/// <param name="Hints">How the host names what a user types, for hints in messages; null: <see cref="HostHints.Neutral"/>.</param>
public sealed record PipelineSettings(
    string ArtifactsDirectory,
    ImageSpecInput Spec,
    EngineKind? Engine = null,
    bool AllowEngineInstall = true,
    bool BootstrapBase = true,
    string? IndexUrl = null,
    EngineClient? Client = null,
    HostHints? Hints = null,
    IReadOnlyList<string>? Checks = null);
