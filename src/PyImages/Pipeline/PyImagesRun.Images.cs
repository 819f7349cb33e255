using PyImages.Inspection;
using PyImages.Spec;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>Facts of the variant's image as the engine has it now, or null when it was not built.</summary>
    private async Task<ImageFacts?> InspectAsync(VariantInfo variant, CancellationToken cancellationToken) =>
        await Engine.ImageExistsAsync(ImageFor(variant), cancellationToken)
            ? ImageFactsParser.Parse(await Engine.InspectImageJsonAsync(ImageFor(variant), cancellationToken))
            : null;

    /// <summary>The requested variants that have an image, with its facts; fails when there is none at all.</summary>
    private async Task<IReadOnlyList<(VariantInfo Variant, ImageFacts Image)>> BuiltImagesAsync(string step, CancellationToken cancellationToken)
    {
        await EnsureBaseImageAsync(cancellationToken);
        var built = new List<(VariantInfo, ImageFacts)>();
        foreach (var variant in RequestedVariants.Where(v => !v.ExpectBuildFailure))
        {
            if (await InspectAsync(variant, cancellationToken) is { } image)
            {
                built.Add((variant, image));
            }
            else
            {
                _log.Information("{Step}: {Image} is not built; skipped", step, ImageFor(variant));
            }
        }

        if (built.Count == 0)
        {
            throw new PyImagesException(
                $"{step}: none of the images is built ({string.Join(", ", RequestedVariants.Where(v => !v.ExpectBuildFailure).Select(ImageFor))}). "
                + "Build one first, e.g. ./build.sh BuildSmall " + step + ".");
        }

        return built;
    }
}
