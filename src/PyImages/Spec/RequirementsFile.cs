using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>
/// The subset of pip's requirements-file format that builds hermetically: one PEP 508 requirement a line (lines joined
/// by a trailing backslash), comments, and --hash options. Editable, URL and path requirements and other pip options
/// are refused naming the line: images install only from the sources fetched once.
/// </summary>
public static partial class RequirementsFile
{
    public sealed record Parsed(IReadOnlyList<PackageRequirement> Requirements, bool HasHashes);

    public static Parsed Parse(string fileName, string text, List<string> errors)
    {
        var requirements = new List<PackageRequirement>();
        var hashed = 0;
        foreach (var (number, line) in LogicalLines(text))
        {
            var withoutHashes = Hash().Replace(line, " ").Trim();
            var hasHash = withoutHashes.Length != line.Trim().Length;
            if (withoutHashes.Length == 0)
            {
                continue;
            }

            if (Refusal(withoutHashes) is { } why)
            {
                errors.Add($"{fileName} line {number} '{InputPreview.Of(line.Trim())}': {why}");
                continue;
            }

            if (PackageRequirement.TryParse(withoutHashes, out var requirement, out var error))
            {
                requirements.Add(requirement);
                hashed += hasHash ? 1 : 0;
            }
            else
            {
                errors.Add($"{fileName} line {number} '{InputPreview.Of(line.Trim())}' is not valid: {error}. Allowed: {PackageRequirement.Allowed}.");
            }
        }

        return new Parsed(requirements, hashed > 0);
    }

    private static string? Refusal(string line) => line switch
    {
        _ when line.StartsWith("-e", StringComparison.Ordinal) || line.StartsWith("--editable", StringComparison.Ordinal) =>
            "editable requirements are not supported: the image installs built packages; copy the code into the app folder instead",
        _ when line.StartsWith('-') =>
            "pip options other than --hash are not supported in the requirements (the index is --index-url; "
            + "another requirements file must be merged into this one)",
        _ when line.Contains("://", StringComparison.Ordinal) || line.Contains('@') =>
            "URL requirements are not supported: images install only from sources fetched once by name and version; "
            + "name the package and version instead (e.g. 'uwsgi==2.0.28')",
        _ when line.StartsWith('.') || line.StartsWith('/') || line.StartsWith('~') || ArchiveName().IsMatch(line) =>
            "path requirements are not supported: images install only from sources fetched once by name and version; "
            + "name the package and version instead (e.g. 'uwsgi==2.0.28')",
        _ => null,
    };

    private static IEnumerable<(int Number, string Line)> LogicalLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = StripComment(lines[i]);
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line[..^1] + " " + StripComment(lines[++i]);
            }

            yield return (number, line);
        }
    }

    /// <summary>pip's rule: '#' starts a comment at the line's start or after a blank.</summary>
    private static string StripComment(string line) => Comment().Replace(line, string.Empty).TrimEnd();

    [GeneratedRegex(@"(^|\s)#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s--hash[=\s]\s*[A-Za-z0-9]+:[A-Fa-f0-9]+")]
    private static partial Regex Hash();

    [GeneratedRegex(@"\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveName();
}
