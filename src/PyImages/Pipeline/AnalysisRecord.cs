using PyImages.Reporting;

namespace PyImages.Pipeline;

/// <summary>What the Analyze step recorded for one image (under its id), as a later Report reads it.</summary>
/// <param name="InstalledBytes">The installed packages and their runtime libraries (Minimal on a Debian base); null otherwise.</param>
public sealed record AnalysisRecord(LayerAnalysisReport Layers, long? InstalledBytes);
