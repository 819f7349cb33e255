namespace PyImages.Inspection;

/// <param name="Instruction">From <c>history</c> when its non-empty steps match the layers one to one; else null.</param>
/// <param name="SizeBytes">Bytes of the files this layer adds.</param>
/// <param name="WastedBytes">Of those, bytes that a later layer deletes or overwrites.</param>
public sealed record LayerSummary(int Index, string? Instruction, long SizeBytes, int FilesAdded, long WastedBytes);
