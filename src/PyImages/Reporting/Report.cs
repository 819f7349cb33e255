namespace PyImages.Reporting;

/// <summary>Everything one run found out, as the report files show it. Sizes are bytes.</summary>
/// <param name="Version">Schema version of report.json; see <see cref="CurrentVersion"/>.</param>
/// <param name="Gates">Size gate results, empty when no gate was set.</param>
public sealed record Report(
    int Version,
    DateTimeOffset GeneratedAt,
    EngineSummary Engine,
    BaseImageSummary BaseImage,
    IReadOnlyList<VariantReport> Variants,
    IReadOnlyList<SizeGateResult> Gates)
{
    public const int CurrentVersion = 1;
}
