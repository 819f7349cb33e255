using System.Text.Json.Serialization;
using PyImages.Verification;

namespace PyImages.Reporting;

/// <summary>One row of the report: one variant's image, or why there is none.</summary>
/// <param name="Variant">The variant's name, e.g. "small".</param>
/// <param name="ImageId">Short id (12 hex digits), null when not built.</param>
/// <param name="SizeOverBaseBytes">Size minus the base image's size: what the variant adds.</param>
/// <param name="ChangeVersusBigPercent">(size - Big's size) / Big's size × 100; negative is smaller.</param>
/// <param name="CompilerPresent">A C compiler is on PATH in the image; null when not checked.</param>
/// <param name="InstalledSizeBytes">Installed size of the packages plus the runtime libraries they need, when measured.</param>
/// <param name="NotRunChecks">Checks that apply but Verify was told to leave out: not run, so neither passed nor failed;
/// null (and absent from report.json) when every check ran.</param>
/// <param name="MinimalRatio">Size over base divided by <paramref name="InstalledSizeBytes"/> (1.0 = nothing extra).</param>
public sealed record VariantReport(
    string Variant,
    string Repository,
    string Tag,
    string? ImageId,
    DateTimeOffset? Created,
    long? SizeBytes,
    long? SizeOverBaseBytes,
    double? ChangeVersusBigPercent,
    bool? CompilerPresent,
    BuildOutcome Outcome,
    IReadOnlyList<VerificationCheck> Checks,
    LayerAnalysisReport? Layers = null,
    long? InstalledSizeBytes = null,
    double? MinimalRatio = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? NotRunChecks = null)
{
    public string Reference => $"{Repository}:{Tag}";
}
