using PyImages.Spec;

namespace PyImages.Templates;

/// <summary>A Dockerfile rendered for one variant, to be written as <paramref name="FileName"/>.</summary>
public sealed record RenderedDockerfile(Variant Variant, string FileName, string Text);
