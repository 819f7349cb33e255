using PyImages.Inspection;
using PyImages.Reporting;

namespace PyImages.Pipeline.Steps;

/// <summary>What the Analyze step measured of one image.</summary>
/// <param name="Layers">Every layer and file, for a caller that looks further.</param>
/// <param name="Report">What the report keeps of it (for distroless with the largest files explained).</param>
/// <param name="InstalledBytes">The installed packages and their runtime libraries, for the variants that copy only those onto a Debian base.</param>
public sealed record ImageAnalysis(LayerAnalysis Layers, LayerAnalysisReport Report, long? InstalledBytes);
