namespace PyImages.Inspection;

/// <summary>
/// The physical limit for an image over its base: the bytes of the installed Python packages plus the bytes
/// of the files of every system package the image has and the base has not (the runtime libraries).
/// </summary>
public sealed record InstalledSize(long PackagesBytes, IReadOnlyDictionary<string, long> RuntimePackageBytes)
{
    public long TotalBytes => PackagesBytes + RuntimePackageBytes.Values.Sum();
}
