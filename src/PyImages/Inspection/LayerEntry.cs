namespace PyImages.Inspection;

/// <param name="Path">Absolute, normalised ("/usr/bin/gcc"). For a whiteout: the deleted path; for an opaque marker: the directory.</param>
public readonly record struct LayerEntry(string Path, long SizeBytes, LayerEntryKind Kind);
