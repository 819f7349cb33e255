using PyImages.Engine;
using PyImages.Inspection;

namespace PyImages.Pipeline;

/// <summary>
/// Which image a variant's tag names now, and whether it is this checkout's (see <see cref="ImageOwnership"/>). The
/// engine is asked for the tag's image id only: the facts of our own image are the ones the build step recorded for
/// that id. Only an image that is not the one recorded is inspected, to say whose it is.
/// </summary>
public static class OwnImageLookup
{
    public static async Task<OwnImage> FindAsync(
        IContainerEngine engine, string reference, CheckoutIdentity owner, BuiltImage? built, CancellationToken cancellationToken)
    {
        if (await engine.ImageIdAsync(reference, cancellationToken) is not { } id)
        {
            return OwnImage.None;
        }

        var image = built is { Image: { } recorded } && built.ImageId == id
            ? recorded
            : ImageFactsParser.Parse(await engine.InspectImageJsonAsync(reference, cancellationToken));
        return ImageOwnership.WhyNotOurs(image, owner, built) is { } why
            ? new OwnImage(null, null, $"{reference} is on the engine, but {why}")
            : new OwnImage(image, built, null);
    }
}
