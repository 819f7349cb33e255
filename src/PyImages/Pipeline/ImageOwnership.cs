using PyImages.Engine;
using PyImages.Inspection;

namespace PyImages.Pipeline;

/// <summary>
/// Whether the image under a variant's tag is the one this checkout's last successful build of that variant made:
/// its labels name this checkout and repository, and its id is the one recorded at build time. Anything else (an image
/// built by hand, another checkout's build of the same repository) is not reported, verified or measured as ours.
/// </summary>
public static class ImageOwnership
{
    /// <returns>Null when the image is ours; else why not, to end "… is on the engine, but …".</returns>
    public static string? WhyNotOurs(ImageFacts image, CheckoutIdentity owner, BuiltImage? built)
    {
        if (image.Labels.GetValueOrDefault(ImageLabels.Project) != ImageLabels.ProjectValue)
        {
            return "PyImages did not build it (it has no PyImages labels)";
        }

        var checkout = image.Labels.GetValueOrDefault(ImageLabels.Checkout);
        if (checkout != owner.Id)
        {
            return checkout is null
                ? "it carries no checkout label (built by hand, or by an older PyImages)"
                : $"another checkout built it (checkout {checkout}; this is {owner.Id})";
        }

        if (image.Labels.GetValueOrDefault(ImageLabels.Repository) is { } repository && repository != owner.Repository)
        {
            return $"it was built for repository {repository}";
        }

        if (built is null)
        {
            return "this checkout has no record of building it (artifacts/state was removed)";
        }

        return built.ImageId == image.Id
            ? null
            : $"it is not the image this checkout's last successful build made ({ImageId.Short(built.ImageId)}; found {ImageId.Short(image.Id)})";
    }
}
