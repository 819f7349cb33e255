using PyImages.Spec;

namespace PyImages.Engine;

/// <summary>The fields of <c>/etc/os-release</c> PyImages reads, and the base family they imply.</summary>
public sealed record OsRelease(string Id, IReadOnlyList<string> IdLike, string PrettyName)
{
    /// <summary>Parses os-release text (KEY=value lines, values optionally quoted); missing fields are empty.</summary>
    public static OsRelease Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=');
            if (equals > 0 && !line.StartsWith('#'))
            {
                fields[line[..equals]] = line[(equals + 1)..].Trim('"', '\'');
            }
        }

        return new OsRelease(
            fields.GetValueOrDefault("ID", "").ToLowerInvariant(),
            fields.GetValueOrDefault("ID_LIKE", "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries),
            fields.GetValueOrDefault("PRETTY_NAME", fields.GetValueOrDefault("NAME", "")));
    }

    /// <summary>Debian for Debian, Ubuntu and their derivatives (apt); Alpine (apk); null for anything else.</summary>
    public BaseFamily? Family => (string[])[Id, .. IdLike] switch
    {
        var ids when ids.Any(id => id is "debian" or "ubuntu") => BaseFamily.Debian,
        var ids when ids.Contains("alpine") => BaseFamily.Alpine,
        _ => null,
    };
}
