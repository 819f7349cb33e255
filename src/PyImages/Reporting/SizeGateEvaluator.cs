using System.Globalization;
using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Spec;

namespace PyImages.Reporting;

/// <summary>
/// Checks a report against <see cref="SizeGates"/>. A gate never passes for want of a figure: a gate on a variant with no
/// current image (not built here, its latest build failed, not analysed) fails saying so, and so does a gate for every
/// variant when there is nothing at all to measure.
/// </summary>
public static class SizeGateEvaluator
{
    /// <param name="hints">How the host names a build, for the hint in a gate with nothing to measure.</param>
    public static IReadOnlyList<SizeGateResult> Evaluate(Report report, SizeGates gates, HostHints? hints = null)
    {
        var results = new List<SizeGateResult>();
        hints ??= HostHints.Neutral;
        Sizes(results, report, hints, "max-size", "size", gates.MaxSize, variant => variant.SizeBytes);
        Sizes(results, report, hints, "max-over-base", "size over the base", gates.MaxOverBase, variant => variant.SizeOverBaseBytes);
        if (gates.MinEfficiency is { } minimum)
        {
            Efficiency(results, report, hints, minimum);
        }

        return results;
    }

    /// <summary>The messages of the gates that tripped.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<SizeGateResult> results) =>
        results.Where(result => !result.Passed).Select(result => result.Message).ToList();

    private static void Sizes(List<SizeGateResult> results, Report report, HostHints hints, string gate, string what, IReadOnlyDictionary<string, long> limits, Func<VariantReport, long?> figure)
    {
        foreach (var (variant, limit) in limits.Where(pair => pair.Key != SizeGates.EveryVariant))
        {
            var row = report.Variants.FirstOrDefault(row => Named(row, variant));
            results.Add(row is null
                ? NothingAtAll(gate, variant, Bytes(limit), "the variant is not in this report (not among the variants requested)")
                : Current(row) && figure(row) is { } value ? Bytes(gate, row, what, value, limit)
                : NothingToMeasure(hints, gate, row, Bytes(limit)));
        }

        if (limits.TryGetValue(SizeGates.EveryVariant, out var every))
        {
            // A gate for every variant measures the images there are; the variants that are meant to fail (break) have none.
            var gated = report.Variants.Where(row => !limits.Keys.Any(key => Named(row, key)) && (figure(row) is not null || row.Outcome.Kind == BuildOutcomeKind.Failed)).ToList();
            foreach (var row in gated)
            {
                results.Add(Current(row) && figure(row) is { } value ? Bytes(gate, row, what, value, every) : NothingToMeasure(hints, gate, row, Bytes(every)));
            }

            if (!gated.Any(row => Current(row) && figure(row) is not null))
            {
                results.Add(NothingAtAll(gate, "every variant", Bytes(every), "no image built by this checkout is there to measure"));
            }
        }
    }

    private static void Efficiency(List<SizeGateResult> results, Report report, HostHints hints, double minimum)
    {
        var measured = report.Variants.Where(row => row.SizeBytes is not null).ToList();
        foreach (var row in measured)
        {
            if (Current(row) && row.Layers is { } layers)
            {
                var passed = layers.Efficiency >= minimum;
                results.Add(Result("min-efficiency", row, Percent(minimum), Percent(layers.Efficiency), passed, passed ? "at least" : "below", "efficiency"));
            }
            else
            {
                results.Add(NothingToMeasure(hints, "min-efficiency", row, Percent(minimum), Current(row) ? "its layers were not analysed: run Analyze before Report" : null, then: "Analyze Report"));
            }
        }

        if (!measured.Any(row => Current(row) && row.Layers is not null))
        {
            results.Add(NothingAtAll("min-efficiency", "every variant", Percent(minimum), "no analysed image built by this checkout is there to measure"));
        }
    }

    private static bool Current(VariantReport row) => row.Outcome.Kind == BuildOutcomeKind.Succeeded && row.SizeBytes is not null;

    private static bool Named(VariantReport row, string variant) =>
        string.Equals(row.Variant, variant, StringComparison.OrdinalIgnoreCase)
        || (VariantCatalog.TryParse(variant, out var known) && VariantCatalog.TryParse(row.Variant, out var rowVariant) && known == rowVariant);

    private static string Bytes(long limit) => $"{ByteSize.Format(limit)} ({limit} bytes)";

    private static SizeGateResult Bytes(string gate, VariantReport variant, string what, long figure, long limit)
    {
        var passed = figure <= limit;
        return Result(gate, variant, Bytes(limit), $"{ByteSize.Format(figure)} ({figure} bytes)", passed, passed ? "within" : "over", what);
    }

    /// <param name="then">The steps after the build that give the gate its figure.</param>
    private static SizeGateResult NothingToMeasure(HostHints hints, string gate, VariantReport variant, string limit, string? why = null, string then = "Report")
    {
        var build = VariantCatalog.TryParse(variant.Variant, out var known) ? hints.BuildThen(known, then) : "a build of it";
        return new(
            gate,
            variant.Variant,
            variant.Reference,
            limit,
            "nothing to measure",
            false,
            $"{variant.Variant} image {variant.Reference}: the --{gate} limit {limit} has nothing to measure: {why ?? variant.Outcome.ToString()}. "
            + $"Run {build} in this checkout, then the gate can pass.");
    }

    private static SizeGateResult NothingAtAll(string gate, string variant, string limit, string why) =>
        new(gate, variant, "", limit, "nothing to measure", false, $"The --{gate} limit {limit} for {variant} has nothing to measure: {why}.");

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
