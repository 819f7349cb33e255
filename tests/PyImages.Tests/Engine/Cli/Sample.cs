namespace PyImages.Tests.Engine.Cli;

/// <summary>Recorded build output under Engine/Cli/Samples (see the README there).</summary>
internal static class Sample
{
    public static IReadOnlyList<string> Lines(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Engine", "Cli", "Samples", name));
}
