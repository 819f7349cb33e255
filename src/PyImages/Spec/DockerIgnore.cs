using System.Text;
using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>
/// The patterns of a .dockerignore as Docker reads them: one a line, '#' comments, a leading '!' re-includes, the last
/// matching pattern wins, '*' and '?' stay within one path segment, '**' spans any number of them, and a pattern that
/// matches a folder matches everything in it. Paths are relative, with '/' separators.
/// </summary>
public sealed class DockerIgnore
{
    private readonly IReadOnlyList<(Regex Pattern, bool Include)> _rules;

    private DockerIgnore(IReadOnlyList<(Regex Pattern, bool Include)> rules) => _rules = rules;

    public static DockerIgnore Empty { get; } = new([]);

    /// <summary>Whether a '!' rule exists: then an excluded folder may still hold included files.</summary>
    public bool HasExceptions => _rules.Any(rule => rule.Include);

    public static DockerIgnore Parse(string text) =>
        new(text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.StartsWith('!') ? (line[1..].Trim(), true) : (line, false))
            .Select(rule => (Clean(rule.Item1), rule.Item2))
            .Where(rule => rule.Item1.Length > 0)
            .Select(rule => (ToRegex(rule.Item1), rule.Item2))
            .ToList());

    public bool Excludes(string relativePath)
    {
        var excluded = false;
        foreach (var (pattern, include) in _rules)
        {
            if (SelfAndParents(relativePath).Any(pattern.IsMatch))
            {
                excluded = !include;
            }
        }

        return excluded;
    }

    private static IEnumerable<string> SelfAndParents(string path)
    {
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
        {
            yield return path[..end];
        }
    }

    private static string Clean(string pattern) =>
        string.Join('/', pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(part => part != "."));

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" spans zero or more folders; a trailing "**" anything below.
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
