namespace PyImages.Templates;

/// <summary>What the engine's builder can do, as far as the templates care.</summary>
/// <param name="SupportsRunMount">The builder accepts <c>RUN --mount=type=cache|bind</c> (BuildKit, Podman); the classic builder does not.</param>
public sealed record BuilderCapabilities(bool SupportsRunMount)
{
    public static BuilderCapabilities Classic { get; } = new(SupportsRunMount: false);

    public static BuilderCapabilities WithRunMount { get; } = new(SupportsRunMount: true);
}
