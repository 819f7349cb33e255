using System.Globalization;
using System.Text.RegularExpressions;
using PyImages.Inspection;
using PyImages.Spec;

namespace PyImages.Reporting;

/// <summary>Reads <c>--max-size</c>, <c>--max-over-base</c> (<c>small=200MB,minimal=150MB</c>, one entry or many, or a bare size for every variant) and <c>--min-efficiency</c> (<c>0.9</c> or <c>90%</c>).</summary>
public static partial class SizeGateParser
{
    public static SizeGates Parse(IEnumerable<string>? maxSize, IEnumerable<string>? maxOverBase, string? minEfficiency) =>
        new(ParseLimits("max-size", maxSize), ParseLimits("max-over-base", maxOverBase), ParseEfficiency(minEfficiency));

    /// <summary>The units the messages and the README name, and no others.</summary>
    public static IReadOnlyList<string> Units { get; } = ["B", "kB", "MB", "GB", "KiB", "MiB", "GiB"];

    public static IReadOnlyDictionary<string, long> ParseLimits(string parameter, IEnumerable<string>? values)
    {
        var limits = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)).Where(item => item.Length > 0))
        {
            var shown = InputPreview.Of(item);
            var match = LimitPattern().Match(item);
            if (!match.Success || !DocumentedUnit(match.Groups["size"].Value) || !SizePattern().IsMatch(match.Groups["size"].Value))
            {
                throw new PyImagesException(
                    $"--{parameter} value \"{shown}\" is not a size limit. Use VARIANT=SIZE entries separated by commas, e.g. --{parameter} small=200MB,minimal=150MB " +
                    $"(units {string.Join(", ", Units)}), or a bare size for every variant.");
            }

            if (!ByteSize.TryParse(match.Groups["size"].Value, out var bytes))
            {
                throw new PyImagesException($"--{parameter} value \"{shown}\" is too large: a limit is at most {long.MaxValue} bytes.");
            }

            var variant = SizeGates.EveryVariant;
            if (match.Groups["variant"].Success)
            {
                variant = VariantCatalog.TryParse(match.Groups["variant"].Value, out var known)
                    ? VariantCatalog.Get(known).Name
                    : throw new PyImagesException(
                        $"--{parameter} value \"{shown}\" names the variant '{match.Groups["variant"].Value}', which does not exist. "
                        + $"Variants: {string.Join(", ", VariantCatalog.All.Select(v => v.Name))} (or their tags, e.g. big-uninstall); "
                        + "a bare size applies to every variant.");
            }

            limits[variant] = bytes;
        }

        return limits;
    }

    private static bool DocumentedUnit(string size)
    {
        var unit = size.Trim().TrimStart("0123456789.".ToCharArray()).Trim();
        return unit.Length == 0 || Units.Contains(unit, StringComparer.OrdinalIgnoreCase);
    }

    public static double? ParseEfficiency(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var fraction = percent ? number / 100 : number;
            if (fraction is >= 0 and <= 1)
            {
                return fraction;
            }
        }

        throw new PyImagesException($"--min-efficiency value \"{value}\" is not an efficiency. Use a fraction from 0 to 1 (e.g. 0.9) or a percentage (e.g. 90%).");
    }

    [GeneratedRegex(@"^\s*\d+(\.\d+)?\s*[A-Za-z]*\s*$")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"^((?<variant>[A-Za-z0-9][A-Za-z0-9_.-]*)\s*=\s*)?(?<size>[^=]+)$")]
    private static partial Regex LimitPattern();
}
