using PyImages.Inspection;
using PyImages.Spec;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>Facts of the variant's image as the engine has it now, or null when it was not built.</summary>
    private async Task<ImageFacts?> InspectAsync(VariantInfo variant, CancellationToken cancellationToken) =>
        await ContainerEngine.ImageExistsAsync(ImageFor(variant), cancellationToken)
            ? ImageFactsParser.Parse(await ContainerEngine.InspectImageJsonAsync(ImageFor(variant), cancellationToken))
            : null;

    /// <summary>
    /// The variant's image when this checkout's last successful build made it (see <see cref="ImageOwnership"/>), with
    /// that build's record; else no image, and why an image under the tag is not ours (null when there is none).
    /// </summary>
    private async Task<(ImageFacts? Image, BuiltImage? Built, string? NotOurs)> OwnImageAsync(VariantInfo variant, CancellationToken cancellationToken)
    {
        if (await InspectAsync(variant, cancellationToken) is not { } image)
        {
            return (null, null, null);
        }

        var built = State.Load<BuiltImage>(StateNames.Built(variant.Name));
        return ImageOwnership.WhyNotOurs(image, Owner, built) is { } why
            ? (null, null, $"{ImageFor(variant)} is on the engine, but {why}")
            : (image, built, null);
    }

    /// <summary>The requested variants that have an image this checkout built, with its facts; fails when there is none at all.</summary>
    private async Task<IReadOnlyList<(VariantInfo Variant, ImageFacts Image)>> BuiltImagesAsync(string step, CancellationToken cancellationToken)
    {
        await EnsureBaseImageAsync(cancellationToken);
        var built = new List<(VariantInfo, ImageFacts)>();
        foreach (var variant in RequestedVariants.Where(v => !v.ExpectBuildFailure))
        {
            var (image, _, notOurs) = await OwnImageAsync(variant, cancellationToken);
            if (image is not null)
            {
                built.Add((variant, image));
            }
            else if (notOurs is not null)
            {
                _log.Warning("{Step}: {NotOurs}; skipped", step, notOurs);
            }
            else
            {
                _log.Information("{Step}: {Image} is not built; skipped", step, ImageFor(variant));
            }
        }

        if (built.Count == 0)
        {
            throw new PyImagesException(
                $"{step}: none of the images is built by this checkout ({string.Join(", ", RequestedVariants.Where(v => !v.ExpectBuildFailure).Select(ImageFor))}). "
                + $"Build one first, e.g. {Hints.BuildThen(Variant.Small, step)}.");
        }

        return built;
    }
}
