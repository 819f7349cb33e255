namespace PyImages.Pipeline;

/// <summary>What Clean did: each container and image removed, and each image kept with the reason.</summary>
public sealed record CleanResult(IReadOnlyList<string> RemovedContainers, IReadOnlyList<string> RemovedImages, IReadOnlyList<KeptImage> Kept)
{
    public static CleanResult Nothing { get; } = new([], [], []);
}

/// <param name="Image">Its tags, or its id when it has none.</param>
public sealed record KeptImage(string Image, string Reason);
