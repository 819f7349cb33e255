namespace PyImages.Inspection;

public enum LayerEntryKind
{
    /// <summary>A regular file, or a link (size 0).</summary>
    File,

    /// <summary><c>.wh.NAME</c>: NAME (file or directory) from lower layers is deleted.</summary>
    Whiteout,

    /// <summary><c>.wh..wh..opq</c>: everything lower layers put in this directory is hidden.</summary>
    OpaqueDirectory,
}
