using System.Text.RegularExpressions;

namespace PyImages.Sources;

/// <summary>How a PyPI distribution maps to a Debian source package and its upstream tarball back to an sdist name.</summary>
public static partial class DebianSourceNames
{
    /// <summary>Debian source names to try, most likely first: the normalized PyPI name, then python-&lt;name&gt;.</summary>
    public static IReadOnlyList<string> Candidates(string distributionName)
    {
        var normalized = Separators().Replace(distributionName.ToLowerInvariant(), "-");
        return normalized.StartsWith("python-", StringComparison.Ordinal) ? [normalized] : [normalized, $"python-{normalized}"];
    }

    /// <summary>
    /// "uwsgi_2.0.21.orig.tar.gz" → "uwsgi-2.0.21.tar.gz" for distribution "uwsgi"; a Debian repack suffix (+dfsg, +ds, +repack)
    /// is dropped from the version and reported as a note. Null when the file is no upstream tarball.
    /// </summary>
    public static (string SdistFileName, string? Note)? SdistFor(string origFileName, string distributionName)
    {
        var match = OrigTarball().Match(origFileName);
        if (!match.Success)
        {
            return null;
        }

        var version = match.Groups["version"].Value;
        var repack = Repack().Match(version);
        var upstream = repack.Success ? version[..repack.Index] : version;
        var sdist = $"{distributionName}-{upstream}.tar.{match.Groups["compression"].Value}";
        return (sdist, repack.Success
            ? $"{sdist}: Debian repacked the upstream tarball ({repack.Value.TrimStart('+', '~')}); files Debian may not ship were removed from it."
            : null);
    }

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]*_(?<version>[^_]+)\.orig\.tar\.(?<compression>gz|xz|bz2)$")]
    private static partial Regex OrigTarball();

    [GeneratedRegex(@"[+~](dfsg|ds|repack)[0-9.]*$")]
    private static partial Regex Repack();
}
