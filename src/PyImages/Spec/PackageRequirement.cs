using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>
/// A Python requirement in a safe subset of PEP 508: a name, optional extras, optional version specifiers
/// and an optional environment marker. No URLs, no parentheses, no shell characters outside marker literals.
/// </summary>
/// <param name="Text">The requirement as given (trimmed); quote it with <see cref="ShellQuote"/> before it reaches a shell.</param>
/// <param name="Name">The distribution name as written.</param>
/// <param name="Extras">Extras in brackets, as written.</param>
/// <param name="Specifiers">Version specifiers such as ">=1" and "&lt;2".</param>
/// <param name="Marker">The environment marker after ';', or null.</param>
public sealed partial record PackageRequirement(
    string Text,
    string Name,
    IReadOnlyList<string> Extras,
    IReadOnlyList<string> Specifiers,
    string? Marker)
{
    public const string Allowed =
        "a PEP 508 requirement: a name of letters, digits, '-', '_' and '.', optional extras like [a,b], "
        + "optional version specifiers (==, >=, <=, ~=, !=, <, >, === with comma lists, e.g. 'a>=1,<2') "
        + "and an optional environment marker after ';' (e.g. 'a; python_version >= \"3.8\"')";

    /// <summary>Longer requirements are refused: names on PyPI are far shorter, and a runaway value must not reach an engine.</summary>
    public const int MaxLength = 300;

    /// <summary>The PEP 503 normalized name: lower case, runs of '-', '_', '.' become '-'.</summary>
    public string NormalizedName => SeparatorRun().Replace(Name, "-").ToLowerInvariant();

    public override string ToString() => Text;

    public static PackageRequirement Parse(string text) =>
        TryParse(text, out var requirement, out var error)
            ? requirement
            : throw new PyImagesException($"Package '{InputPreview.Of(text)}' is not valid: {error}. Allowed: {Allowed}.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out PackageRequirement? requirement, [NotNullWhen(false)] out string? error)
    {
        requirement = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the name is empty";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"it is {text.Length} characters long, more than the {MaxLength} allowed";
            return false;
        }

        if (text.Any(char.IsControl))
        {
            error = "it contains a line break or control character";
            return false;
        }

        var semicolon = text.IndexOf(';');
        var head = (semicolon < 0 ? text : text[..semicolon]).Trim();
        var marker = semicolon < 0 ? null : text[(semicolon + 1)..].Trim();
        if (head.Contains('@'))
        {
            error = "it is a URL requirement (name @ URL), which PyImages does not support: images install only from the "
                + "sources fetched once into artifacts/sources from the package index (or Debian's source archive), so that "
                + "every build is hermetic and repeatable. Name the package and version instead (e.g. 'uwsgi==2.0.28'), "
                + "and serve it from a package index of your own (--index-url) if it is not on PyPI";
            return false;
        }

        var match = Head().Match(head);
        if (!match.Success)
        {
            error = DescribeBadHead(head);
            return false;
        }

        if (marker is not null && !EnvironmentMarker.TryValidate(marker, out error))
        {
            return false;
        }

        requirement = new PackageRequirement(
            text.Trim(),
            match.Groups["name"].Value,
            SplitList(match.Groups["extras"].Value),
            SplitList(match.Groups["specs"].Value),
            marker);
        error = null;
        return true;
    }

    private static string DescribeBadHead(string head)
    {
        if (head.Length == 0)
        {
            return "the name is empty";
        }

        var bad = head.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && "-_.[], =<>!~*+".IndexOf(c) < 0);
        return bad != default
            ? $"the character '{bad}' is not allowed outside an environment marker"
            : "it does not have the form name[extras]specifiers";
    }

    private static IReadOnlyList<string> SplitList(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private const string NamePattern = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";
    private const string SpecPattern = @"(?:===|==|>=|<=|~=|!=|<|>)\s*[A-Za-z0-9.*+!_-]+";

    [GeneratedRegex(
        @"^(?<name>" + NamePattern + @")\s*"
        + @"(?:\[\s*(?<extras>" + NamePattern + @"(?:\s*,\s*" + NamePattern + @")*)\s*\])?\s*"
        + @"(?<specs>" + SpecPattern + @"(?:\s*,\s*" + SpecPattern + @")*)?$")]
    private static partial Regex Head();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex SeparatorRun();
}
