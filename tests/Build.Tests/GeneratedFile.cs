namespace Build.Tests;

/// <summary>A checked-in generated file and what the code generates now: stale when they differ, with the command that regenerates it.</summary>
internal static class GeneratedFile
{
    public static string? Problem(string path, string fresh, string regenerate)
    {
        if (!File.Exists(path))
            return $"{path} is missing; generate it with: {regenerate}";
        return File.ReadAllText(path) == fresh ? null : $"{path} is stale; regenerate it with: {regenerate}, and commit it";
    }
}
