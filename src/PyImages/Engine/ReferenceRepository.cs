namespace PyImages.Engine;

/// <summary>The repository of an image reference as an engine prints it in RepoTags.</summary>
public static class ReferenceRepository
{
    /// <summary>"registry:5000/team/app:1.0" → "registry:5000/team/app"; a reference without tag is its own repository.</summary>
    public static string Of(string reference)
    {
        var withoutDigest = reference.Split('@')[0];
        var colon = withoutDigest.LastIndexOf(':');
        return colon > withoutDigest.LastIndexOf('/') ? withoutDigest[..colon] : withoutDigest;
    }
}
