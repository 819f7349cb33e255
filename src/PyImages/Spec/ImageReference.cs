using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>A Docker image reference: [registry[:port]/]path[:tag][@sha256:digest], checked against Docker's grammar.</summary>
public sealed partial record ImageReference(string? Registry, string Path, string? Tag, string? Digest)
{
    public const string Allowed =
        "a Docker image reference: optional registry host[:port]/, lower-case path components of [a-z0-9] "
        + "separated by '.', '_', '__' or '-' and joined by '/', an optional ':tag' of up to 128 characters "
        + "([A-Za-z0-9_] then [A-Za-z0-9_.-]) and an optional '@sha256:' digest of 64 hex digits, e.g. python:3.12-slim";

    /// <summary>Registry and path, without tag or digest.</summary>
    public string Repository => Registry is null ? Path : $"{Registry}/{Path}";

    public override string ToString() =>
        Repository + (Tag is null ? string.Empty : ":" + Tag) + (Digest is null ? string.Empty : "@" + Digest);

    /// <summary>The same repository with another tag (no digest).</summary>
    public ImageReference WithTag(string tag) =>
        ImageTag.IsValid(tag) ? this with { Tag = tag, Digest = null } : throw new PyImagesException($"Image tag '{tag}' is not valid. Allowed: {ImageTag.Allowed}.");

    /// <summary>Parses a repository name for our own images (e.g. "blog-python"): a reference without tag or digest.</summary>
    public static ImageReference ParseRepository(string text) =>
        TryParse(text, out var reference, out var error) && reference.Tag is null && reference.Digest is null
            ? reference
            : throw new PyImagesException(
                $"Repository name '{InputPreview.Of(text)}' is not valid: {error ?? "it must not carry a tag or digest"}. "
                + "Allowed: optional registry host[:port]/ and lower-case path components of [a-z0-9] separated by '.', '_', '__' or '-', e.g. blog-python.");

    public static ImageReference Parse(string text) =>
        TryParse(text, out var reference, out var error)
            ? reference
            : throw new PyImagesException($"Image reference '{InputPreview.Of(text)}' is not valid: {error}. Allowed: {Allowed}.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out ImageReference? reference, [NotNullWhen(false)] out string? error)
    {
        reference = null;
        var match = text is null ? Match.Empty : Reference().Match(text);
        if (string.IsNullOrWhiteSpace(text) || !match.Success)
        {
            error = Describe(text);
            return false;
        }

        var registry = match.Groups["registry"].Success ? match.Groups["registry"].Value : null;
        var path = match.Groups["path"].Value;
        if ((registry is null ? path.Length : registry.Length + 1 + path.Length) > 255)
        {
            error = "the repository name is longer than 255 characters";
            return false;
        }

        reference = new ImageReference(
            registry,
            path,
            match.Groups["tag"].Success ? match.Groups["tag"].Value : null,
            match.Groups["digest"].Success ? match.Groups["digest"].Value : null);
        error = null;
        return true;
    }

    private static string Describe(string? text) => text switch
    {
        null or "" => "it is empty",
        _ when text.Any(char.IsWhiteSpace) => "it contains whitespace",
        _ when text.Any(c => "$`;&|<>()'\"\\!*?{}#".Contains(c)) => "it contains a shell character",
        _ when RepositoryPart(text).Any(char.IsAsciiLetterUpper) => "the repository path must be lower case",
        _ => "it does not follow the reference grammar",
    };

    private static string RepositoryPart(string text)
    {
        var path = text.Split('@')[0];
        var lastSlash = path.LastIndexOf('/');
        var colon = path.IndexOf(':', lastSlash + 1);
        var repository = colon < 0 ? path : path[..colon];
        var firstSlash = repository.IndexOf('/');
        return firstSlash > 0 && repository[..firstSlash].IndexOfAny(['.', ':']) >= 0 ? repository[(firstSlash + 1)..] : repository;
    }

    internal const string PathPattern = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*";
    private const string HostComponent = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    internal const string RegistryPattern =
        "(?:localhost|" + HostComponent + @"(?:\." + HostComponent + ")+)(?::[0-9]+)?|" + HostComponent + ":[0-9]+";

    [GeneratedRegex(
        "^(?:(?<registry>" + RegistryPattern + ")/)?"
        + "(?<path>" + PathPattern + ")"
        + @"(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?"
        + "(?:@(?<digest>sha256:[a-f0-9]{64}))?$")]
    private static partial Regex Reference();
}
