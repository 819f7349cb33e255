using PyImages.Inspection;

namespace PyImages.Pipeline;

/// <summary>The image a variant's last successful build in this checkout made: the report shows that image and no other.</summary>
/// <param name="Image">The image as the engine described it right after the build (size, labels, user); null in records of older runs.</param>
public sealed record BuiltImage(string Variant, string Reference, string ImageId, DateTimeOffset BuiltAt, ImageFacts? Image = null);
