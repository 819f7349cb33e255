using System.Globalization;
using PyImages.Inspection;

namespace PyImages.Reporting;

/// <summary>How figures read in every report format.</summary>
public static class ReportText
{
    public const string Missing = "-";

    public static string Size(long? bytes) => bytes is { } value ? ByteSize.Format(value) : Missing;

    /// <summary>"+12.3MB" / "-4MB": a difference, signed.</summary>
    public static string SignedSize(long? bytes) => bytes is { } value ? (value >= 0 ? "+" : "-") + ByteSize.Format(Math.Abs(value)) : Missing;

    public static string Percent(double? percent) => percent is { } value ? value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : Missing;

    public static string Fraction(double? fraction) => fraction is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : Missing;

    public static string Compiler(bool? present) => present switch { true => "yes", false => "no", null => Missing };

    /// <summary>Like docker's CREATED column: "5 minutes ago", relative to when the report was made.</summary>
    public static string Created(DateTimeOffset? created, DateTimeOffset now)
    {
        if (created is not { } value)
        {
            return Missing;
        }

        var age = now - value;
        return age.TotalSeconds < 60 ? "less than a minute ago"
            : age.TotalMinutes < 60 ? Plural((int)age.TotalMinutes, "minute")
            : age.TotalHours < 48 ? Plural((int)age.TotalHours, "hour")
            : Plural((int)age.TotalDays, "day");
    }

    private static string Plural(int count, string unit) => $"{count} {unit}{(count == 1 ? string.Empty : "s")} ago";
}
