namespace PyImages.Reporting;

/// <param name="Configured">The base image the user asked for.</param>
/// <param name="Used">The base image really built on.</param>
/// <param name="Bootstrapped">True when <paramref name="Used"/> is a stand-in built from a package mirror because <paramref name="Configured"/> could be neither found nor pulled.</param>
public sealed record BaseImageSummary(string Configured, string Used, bool Bootstrapped, long SizeBytes);
