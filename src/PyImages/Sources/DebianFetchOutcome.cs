namespace PyImages.Sources;

/// <summary>One distribution's result from Debian's source archive: its sdist path (and a note), or the archive's error.</summary>
public sealed record DebianFetchOutcome(string? SdistPath, string? Note, string? Error);
