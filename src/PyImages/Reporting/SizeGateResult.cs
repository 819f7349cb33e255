namespace PyImages.Reporting;

/// <param name="Gate">The parameter: "max-size", "max-over-base" or "min-efficiency".</param>
/// <param name="Message">Names the image, the limit and the figure.</param>
public sealed record SizeGateResult(string Gate, string Variant, string Image, string Limit, string Figure, bool Passed, string Message);
