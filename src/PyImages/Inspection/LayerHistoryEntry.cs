namespace PyImages.Inspection;

/// <summary>One line of <c>history</c>, lowest layer first.</summary>
/// <param name="Instruction">The Dockerfile instruction, cleaned: "/bin/sh -c #(nop) " and BuildKit's "|N " argument prefix removed.</param>
/// <param name="SizeBytes">Bytes the engine reports for this step. Docker: the layer's content bytes (exact when the output came with
/// <c>--human=false</c>, else parsed from "12.3MB" to three significant digits). Podman: the uncompressed layer tar's bytes.</param>
/// <param name="IsEmptyLayer">A metadata-only step (ENV, LABEL, CMD, ...) that adds no layer to RootFS.</param>
public sealed record LayerHistoryEntry(string Instruction, long SizeBytes, bool IsEmptyLayer, string CreatedBy);
