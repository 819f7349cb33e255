using PyImages.Spec;
using PyImages.Templates;

namespace PyImages.Pipeline.Steps;

/// <summary>The Dockerfile of one variant for the base and builder really used, written to artifacts/dockerfiles.</summary>
public static class RenderStep
{
    /// <returns>The Dockerfile's path.</returns>
    public static string Render(ImageSpec spec, Variant variant, PreparedEngine prepared, CheckoutIdentity owner, string directory)
    {
        var labels = ImageLabelSet.For(spec, VariantCatalog.Get(variant), owner, prepared.Base);
        var rendered = DockerfileSet.Render(spec, prepared.Base, prepared.Info.Capabilities, [variant], _ => new RenderOptions(Labels: labels));
        return DockerfileSet.WriteAll(directory, rendered).Single();
    }
}
