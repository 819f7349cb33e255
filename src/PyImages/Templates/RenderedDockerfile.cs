using PyImages.Spec;

namespace PyImages.Templates;

/// <summary>A Dockerfile rendered for one variant and written to <paramref name="Path"/>.</summary>
public sealed record RenderedDockerfile(Variant Variant, string Path, string Text);
