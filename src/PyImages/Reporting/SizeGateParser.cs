using System.Globalization;
using System.Text.RegularExpressions;
using PyImages.Inspection;

namespace PyImages.Reporting;

/// <summary>Reads <c>--max-size</c>, <c>--max-over-base</c> (<c>small=200MB,minimal=150MB</c>, one entry or many, or a bare size for every variant) and <c>--min-efficiency</c> (<c>0.9</c> or <c>90%</c>).</summary>
public static partial class SizeGateParser
{
    public static SizeGates Parse(IEnumerable<string>? maxSize, IEnumerable<string>? maxOverBase, string? minEfficiency) =>
        new(ParseLimits("max-size", maxSize), ParseLimits("max-over-base", maxOverBase), ParseEfficiency(minEfficiency));

    public static IReadOnlyDictionary<string, long> ParseLimits(string parameter, IEnumerable<string>? values)
    {
        var limits = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)).Where(item => item.Length > 0))
        {
            var match = LimitPattern().Match(item);
            if (!match.Success || !ByteSize.TryParse(match.Groups["size"].Value, out var bytes))
            {
                throw new PyImagesException(
                    $"--{parameter} value \"{item}\" is not a size limit. Use VARIANT=SIZE entries separated by commas, e.g. --{parameter} small=200MB,minimal=150MB " +
                    "(units B, kB, MB, GB, or KiB, MiB, GiB), or a bare size for every variant.");
            }

            limits[match.Groups["variant"].Success ? match.Groups["variant"].Value : SizeGates.EveryVariant] = bytes;
        }

        return limits;
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

    [GeneratedRegex(@"^((?<variant>[A-Za-z0-9][A-Za-z0-9_.-]*)\s*=\s*)?(?<size>[^=]+)$")]
    private static partial Regex LimitPattern();
}
