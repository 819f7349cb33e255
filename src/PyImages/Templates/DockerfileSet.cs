using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Spec;

namespace PyImages.Templates;

/// <summary>The one way Dockerfiles are rendered for a spec and written into a folder (the build's and the examples').</summary>
public static class DockerfileSet
{
    /// <summary>Every variant of the spec, as Dockerfile.&lt;name&gt;.</summary>
    public static IReadOnlyList<RenderedDockerfile> Render(
        ImageSpec spec, BaseImageFacts facts, BuilderCapabilities capabilities, RenderOptions? options = null) =>
        Render(spec, facts, capabilities, spec.Variants, _ => options);

    public static IReadOnlyList<RenderedDockerfile> Render(
        ImageSpec spec, BaseImageFacts facts, BuilderCapabilities capabilities, IEnumerable<Variant> variants, Func<Variant, RenderOptions?> options)
    {
        var renderer = new DockerfileRenderer();
        return variants
            .Select(variant => new RenderedDockerfile(variant, DockerfileLayout.FileName(variant), renderer.Render(spec, facts, capabilities, variant, options(variant))))
            .ToList();
    }

    /// <summary>Writes each file atomically into <paramref name="directory"/> (rendered first, so a template error writes nothing); returns the paths.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<RenderedDockerfile> dockerfiles)
    {
        var all = dockerfiles.ToList();
        Directory.CreateDirectory(directory);
        return all.Select(dockerfile =>
        {
            var path = Path.Combine(directory, dockerfile.FileName);
            AtomicFile.WriteAllText(path, dockerfile.Text);
            return path;
        }).ToList();
    }
}
