namespace PyImages.Inspection;

/// <summary>What the engine's image "Size" counts: the engines agree on the name, not on the meaning.</summary>
public enum ImageSizeAccounting
{
    /// <summary>Docker: the bytes of the files in all layers, as stored (what <c>docker images</c> shows).</summary>
    DockerContentBytes,

    /// <summary>Podman: the bytes of the uncompressed layer tars (file contents plus tar headers and padding), a few percent more than Docker's figure for the same image.</summary>
    PodmanLayerTarBytes,
}
