using PyImages.Inspection;

namespace PyImages.Reporting;

/// <param name="Name">"docker" or "podman".</param>
/// <param name="Builder">"buildkit", "classic" or "buildah".</param>
/// <param name="SizeAccounting">What the SIZE column counts on this engine.</param>
public sealed record EngineSummary(string Name, string Version, string Builder, ImageSizeAccounting SizeAccounting);
