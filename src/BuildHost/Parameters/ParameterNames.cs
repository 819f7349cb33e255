using System.Text;

namespace BuildHost.Parameters;

internal static class ParameterNames
{
    /// <summary>MaxSize becomes max-size, CIBuild becomes ci-build.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = char.IsUpper(c) && i > 0
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord && builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
            builder.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Letters and digits only, lower case: the key by which options, variables and file entries meet.</summary>
    public static string Normalize(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static string? Closest(string unknown, IEnumerable<string> candidates)
    {
        var normalized = Normalize(unknown);
        return candidates
            .Select(candidate => (candidate, distance: Distance(normalized, Normalize(candidate))))
            .Where(pair => pair.distance <= Math.Max(2, normalized.Length / 3))
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }

        return previous[b.Length];
    }
}
