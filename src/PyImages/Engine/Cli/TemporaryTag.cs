namespace PyImages.Engine.Cli;

/// <summary>
/// Builds go to a unique temporary tag in the same repository and are retagged only after success, so a failed or
/// interrupted build never leaves a new image under the requested tag (an image already there stays what it was).
/// </summary>
public static class TemporaryTag
{
    public static string For(string tag) => $"{Repository(tag)}:tmp-{Guid.NewGuid():N}";

    /// <summary>"registry:5000/team/app:1.0" → "registry:5000/team/app"; a reference without tag is its own repository.</summary>
    public static string Repository(string reference)
    {
        var withoutDigest = reference.Split('@')[0];
        var colon = withoutDigest.LastIndexOf(':');
        return colon > withoutDigest.LastIndexOf('/') ? withoutDigest[..colon] : withoutDigest;
    }
}
