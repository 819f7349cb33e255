using PyImages.Engine;

namespace PyImages.Inspection;

/// <summary>What <c>image inspect</c> says about one image, in the same shape for Docker and Podman.</summary>
/// <param name="Id">Full id with the "sha256:" prefix (Podman prints it without; it is added).</param>
/// <param name="SizeBytes">The engine's own "Size"; see <paramref name="SizeAccounting"/> for what it counts.</param>
/// <param name="User">Default user; empty means root.</param>
/// <param name="LayerDigests">RootFS.Layers: diff ids, lowest layer first.</param>
public sealed record ImageFacts(
    string Id,
    IReadOnlyList<string> RepoTags,
    DateTimeOffset? Created,
    long SizeBytes,
    ImageSizeAccounting SizeAccounting,
    IReadOnlyDictionary<string, string> Labels,
    string Architecture,
    string Os,
    string User,
    IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> Cmd,
    IReadOnlyList<string> Env,
    IReadOnlyList<string> LayerDigests)
{
    /// <summary>The first 12 hex digits of the id, as <c>docker images</c> prints it.</summary>
    public string ShortId => ImageId.Short(Id);

    public bool RunsAsRoot => User is "" or "root" or "0" || User.StartsWith("0:", StringComparison.Ordinal) || User.StartsWith("root:", StringComparison.Ordinal);
}
