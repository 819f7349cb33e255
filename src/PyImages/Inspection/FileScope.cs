namespace PyImages.Inspection;

public enum FileScope
{
    /// <summary>Files a container of the image sees.</summary>
    FinalImage,

    /// <summary>Every file any layer carries, including those deleted or overwritten later (they still take space).</summary>
    AllLayers,
}
