namespace PyImages.Inspection;

/// <summary>A file version that a layer carries but the final image does not show: its bytes are shipped for nothing.</summary>
/// <param name="RemovedInLayer">The layer that deleted (whiteout, opaque directory) or overwrote it.</param>
public sealed record WastedFile(string Path, long SizeBytes, int AddedInLayer, int RemovedInLayer, bool Overwritten);
