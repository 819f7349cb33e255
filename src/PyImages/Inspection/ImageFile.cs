namespace PyImages.Inspection;

/// <param name="LayerIndex">The layer that added this version of the file (0 = lowest).</param>
public sealed record ImageFile(string Path, long SizeBytes, int LayerIndex);
