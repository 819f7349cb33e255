using PyImages.Inspection;

namespace PyImages.Pipeline;

/// <summary>A variant's image if this checkout's last successful build made it, with that build's record; else why not.</summary>
/// <param name="NotOurs">Why the image under the variant's tag is not this checkout's; null when it is, or when there is none.</param>
public sealed record OwnImage(ImageFacts? Image, BuiltImage? Built, string? NotOurs)
{
    public static OwnImage None { get; } = new(null, null, null);
}
