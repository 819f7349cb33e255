namespace PyImages.Inspection;

public static class ShortImageId
{
    /// <summary>"sha256:6f8d85c409a7..." or "6f8d85c409a7..." → "6f8d85c409a7".</summary>
    public static string Of(string id)
    {
        var hex = id.StartsWith("sha256:", StringComparison.Ordinal) ? id["sha256:".Length..] : id;
        return hex.Length > 12 ? hex[..12] : hex;
    }
}
