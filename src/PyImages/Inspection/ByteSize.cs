using System.Globalization;
using System.Text.RegularExpressions;

namespace PyImages.Inspection;

/// <summary>
/// Byte counts in the form docker prints them: 1000-based units, three significant digits ("233MB", "12.3MB", "6B").
/// Parsing also accepts 1024-based units (KiB, MiB, GiB) and a space before the unit.
/// </summary>
public static partial class ByteSize
{
    private static readonly string[] DecimalUnits = ["B", "kB", "MB", "GB", "TB", "PB"];

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["B"] = 1,
        ["kB"] = 1e3,
        ["MB"] = 1e6,
        ["GB"] = 1e9,
        ["TB"] = 1e12,
        ["PB"] = 1e15,
        ["KiB"] = 1024,
        ["MiB"] = 1024d * 1024,
        ["GiB"] = 1024d * 1024 * 1024,
        ["TiB"] = 1024d * 1024 * 1024 * 1024,
    };

    public static string Format(long bytes)
    {
        if (bytes < 0)
        {
            return "-" + Format(-bytes);
        }

        double value = bytes;
        var unit = 0;
        while (unit < DecimalUnits.Length - 1 && RoundToSignificant(value) >= 1000)
        {
            value /= 1000;
            unit++;
        }

        return RoundToSignificant(value).ToString("0.##", CultureInfo.InvariantCulture) + DecimalUnits[unit];
    }

    /// <summary>Parses "123", "123B", "12.3MB", "1.5 GiB". Returns false for anything else, and for sizes beyond 9.2 EB.</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var match = SizePattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value;
        var multiplier = unit.Length == 0 ? 1 : Multipliers.GetValueOrDefault(unit, 0);
        if (multiplier == 0)
        {
            return false;
        }

        // Beyond long's range is no size at all, not a wrapped or clamped number.
        var value = Math.Round(number * multiplier, MidpointRounding.AwayFromZero);
        if (value >= long.MaxValue)
        {
            return false;
        }

        bytes = (long)value;
        return true;
    }

    private static double RoundToSignificant(double value)
    {
        var digits = value < 1 ? 1 : (int)Math.Floor(Math.Log10(value)) + 1;
        return digits >= 3 ? Math.Round(value, MidpointRounding.AwayFromZero) : Math.Round(value, 3 - digits, MidpointRounding.AwayFromZero);
    }

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>[a-zA-Z]*)\s*$")]
    private static partial Regex SizePattern();
}
