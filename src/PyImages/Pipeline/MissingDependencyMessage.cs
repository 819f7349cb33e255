using System.Text.RegularExpressions;

namespace PyImages.Pipeline;

/// <summary>
/// Finds, in build output, pip's words for "a dependency is not among the sources" and says it as the user's fix:
/// without a package index only the requirements themselves are fetched, so every dependency must be listed.
/// </summary>
public static partial class MissingDependencyMessage
{
    public static string? Find(IReadOnlyList<string> lines)
    {
        var match = lines.Select(line => NotSatisfied().Match(line)).LastOrDefault(m => m.Success);
        if (match is null)
        {
            return null;
        }

        var requirement = match.Groups["requirement"].Value;
        var from = match.Groups["from"].Success ? $", which {match.Groups["from"].Value.Trim()} needs," : string.Empty;
        return $"the requirement '{requirement}'{from} is not among the fetched sources. Without a package index only the listed requirements "
            + $"are fetched, each by name: add '{requirement}' (pinned with ==) to the requirements";
    }

    // pip: "ERROR: Could not find a version that satisfies the requirement MarkupSafe>=2.0 (from jinja2) (from versions: none)"
    [GeneratedRegex(@"Could not find a version that satisfies the requirement (?<requirement>[^\s(]+)(?: \(from (?<from>[^)]+)\))?")]
    private static partial Regex NotSatisfied();
}
