namespace PyImages.Pipeline;

/// <summary>The image a variant's last successful build in this checkout made: the report shows that image and no other.</summary>
public sealed record BuiltImage(string Variant, string Reference, string ImageId, DateTimeOffset BuiltAt);
