using PyImages.Engine.BaseImages;
using PyImages.Spec;

namespace PyImages.Pipeline.Steps;

/// <summary>The labels a variant's image is built with: ours (project, variant, checkout, repository, base, app) and the OCI ones.</summary>
public static class ImageLabelSet
{
    public static IReadOnlyDictionary<string, string> For(ImageSpec spec, VariantInfo variant, CheckoutIdentity owner, BaseImageFacts baseImage)
    {
        var labels = new Dictionary<string, string>
        {
            [ImageLabels.Project] = ImageLabels.ProjectValue,
            [ImageLabels.Variant] = variant.Name,
            [ImageLabels.Checkout] = owner.Id,
            [ImageLabels.Repository] = owner.Repository,
            [ImageLabels.BaseImage] = baseImage.Reference,
            [ImageLabels.Title] = spec.ImageFor(variant.Variant).ToString(),
            ["org.opencontainers.image.description"] = variant.Description,
            ["org.opencontainers.image.ref.name"] = variant.Tag,
            ["org.opencontainers.image.base.name"] = baseImage.Reference,
        };
        if (spec.App is { } app)
        {
            labels[ImageLabels.App] = app.Name;
            if (app.GitRevision is { } revision)
            {
                labels[ImageLabels.Revision] = revision;
            }
        }

        return labels;
    }
}
