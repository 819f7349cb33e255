namespace PyImages.Pipeline;

/// <summary>A step's result for one image, tied to the image id: a rebuilt image makes it stale.</summary>
public sealed record ImageState<T>(string ImageId, T Value);
