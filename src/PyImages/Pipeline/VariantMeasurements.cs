using PyImages.Inspection;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Verification;

namespace PyImages.Pipeline;

/// <summary>Everything the earlier steps left about one variant's image, as the report takes it.</summary>
/// <param name="Outcome">The variant's latest build, as the build step recorded it; null when it never ran here.</param>
/// <param name="Image">This checkout's image as the engine has it now; null when there is none.</param>
/// <param name="Built">The record of the last successful build that made <paramref name="Image"/>.</param>
/// <param name="NotOurs">Why an image of that name is not this checkout's, when there is one.</param>
/// <param name="Verification">What Verify recorded for exactly this image.</param>
/// <param name="Analysis">What Analyze recorded for exactly this image.</param>
/// <param name="InstalledBytes">The installed packages and their runtime libraries, for the variants that copy only those.</param>
public sealed record VariantMeasurements(
    VariantInfo Variant,
    ImageReference Reference,
    VariantOutcome? Outcome,
    ImageFacts? Image = null,
    BuiltImage? Built = null,
    string? NotOurs = null,
    VerificationResult? Verification = null,
    LayerAnalysisReport? Analysis = null,
    long? InstalledBytes = null);
