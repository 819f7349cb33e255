using PyImages.Spec;

namespace PyImages.Templates;

/// <summary>Renders every requested variant into a folder as Dockerfile.&lt;name&gt;.</summary>
public static class DockerfileSet
{
    public static IReadOnlyList<RenderedDockerfile> WriteAll(
        ImageSpec spec, BaseImageFacts facts, BuilderCapabilities capabilities, string directory, RenderOptions? options = null)
    {
        var renderer = new DockerfileRenderer();
        var rendered = spec.Variants
            .Select(variant => (variant, text: renderer.Render(spec, facts, capabilities, variant, options)))
            .ToList();
        Directory.CreateDirectory(directory);
        return rendered.Select(r =>
        {
            var path = Path.Combine(directory, DockerfileLayout.FileName(r.variant));
            AtomicFile.WriteAllText(path, r.text);
            return new RenderedDockerfile(r.variant, path, r.text);
        }).ToList();
    }
}
