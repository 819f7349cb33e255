namespace PyImages.Engine;

/// <summary>
/// The one form of an image id: Docker prints "sha256:&lt;hex&gt;", Podman the bare hex; ids recorded at build time
/// and read back from inspect compare equal only in one form.
/// </summary>
public static class ImageId
{
    private const string Prefix = "sha256:";

    /// <summary>"6f8d85c409a7…" or "sha256:6f8d85c409a7…" → "sha256:6f8d85c409a7…" (any other algorithm kept as it is).</summary>
    public static string Full(string id) => id.Contains(':', StringComparison.Ordinal) ? id : Prefix + id;

    /// <summary>"sha256:6f8d85c409a7..." or "6f8d85c409a7..." → "6f8d85c409a7".</summary>
    public static string Short(string id)
    {
        var hex = id.StartsWith(Prefix, StringComparison.Ordinal) ? id[Prefix.Length..] : id;
        return hex.Length > 12 ? hex[..12] : hex;
    }
}
