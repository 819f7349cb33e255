using System.Globalization;
using PyImages.Inspection;

namespace PyImages.Reporting;

/// <summary>Checks a report against <see cref="SizeGates"/>. Variants that were not built (no size) are not gated.</summary>
public static class SizeGateEvaluator
{
    public static IReadOnlyList<SizeGateResult> Evaluate(Report report, SizeGates gates)
    {
        var results = new List<SizeGateResult>();
        foreach (var variant in report.Variants)
        {
            if (variant.SizeBytes is { } size && Limit(gates.MaxSize, variant.Variant) is { } maxSize)
            {
                results.Add(Bytes("max-size", variant, "size", size, maxSize));
            }

            if (variant.SizeOverBaseBytes is { } overBase && Limit(gates.MaxOverBase, variant.Variant) is { } maxOverBase)
            {
                results.Add(Bytes("max-over-base", variant, "size over the base", overBase, maxOverBase));
            }

            if (variant.Layers is { } layers && gates.MinEfficiency is { } minimum)
            {
                var passed = layers.Efficiency >= minimum;
                results.Add(Result("min-efficiency", variant, Percent(minimum), Percent(layers.Efficiency), passed, passed ? "at least" : "below", "efficiency"));
            }
        }

        return results;
    }

    /// <summary>The messages of the gates that tripped.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<SizeGateResult> results) =>
        results.Where(result => !result.Passed).Select(result => result.Message).ToList();

    private static long? Limit(IReadOnlyDictionary<string, long> limits, string variant) =>
        limits.FirstOrDefault(pair => string.Equals(pair.Key, variant, StringComparison.OrdinalIgnoreCase)) is { Key: not null } exact ? exact.Value
        : limits.TryGetValue(SizeGates.EveryVariant, out var every) ? every
        : null;

    private static SizeGateResult Bytes(string gate, VariantReport variant, string what, long figure, long limit)
    {
        var passed = figure <= limit;
        return Result(gate, variant, $"{ByteSize.Format(limit)} ({limit} bytes)", $"{ByteSize.Format(figure)} ({figure} bytes)", passed, passed ? "within" : "over", what);
    }

    private static SizeGateResult Result(string gate, VariantReport variant, string limit, string figure, bool passed, string verdict, string what) => new(
        gate,
        variant.Variant,
        variant.Reference,
        limit,
        figure,
        passed,
        $"{variant.Variant} image {variant.Reference}: {what} {figure} is {verdict} the --{gate} limit {limit}.");

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
