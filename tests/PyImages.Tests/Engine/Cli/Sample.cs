namespace PyImages.Tests.Pipeline;

/// <summary>Recorded build output under Pipeline/Samples (see the README there).</summary>
internal static class Sample
{
    public static IReadOnlyList<string> Lines(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Pipeline", "Samples", name));
}
