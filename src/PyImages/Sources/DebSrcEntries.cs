namespace PyImages.Sources;

/// <summary>
/// deb-src entries derived from a container's own apt sources (the same mirrors, suites and keys), written as extra
/// files so apt-get source works without touching the originals. One-line "deb ..." lines become "deb-src ...";
/// deb822 stanzas with "Types: deb" are repeated with "Types: deb-src".
/// </summary>
public static class DebSrcEntries
{
    /// <param name="sourceFiles">Contents of /etc/apt/sources.list and the files in /etc/apt/sources.list.d.</param>
    /// <returns>Text for a .list file and for a .sources file; either may be empty.</returns>
    public static (string List, string Sources) From(IEnumerable<string> sourceFiles)
    {
        var list = new List<string>();
        var sources = new List<string>();
        foreach (var text in sourceFiles)
        {
            list.AddRange(text.Split('\n', StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith("deb ", StringComparison.Ordinal))
                .Select(line => "deb-src " + line["deb ".Length..].TrimStart()));
            sources.AddRange(Stanzas(text).Where(IsBinaryOnly).Select(ToSource));
        }

        return (Join(list), Join(sources.Select(s => s + "\n")));
    }

    private static string Join(IEnumerable<string> entries) => string.Concat(entries.Select(e => e + "\n"));

    private static IEnumerable<string[]> Stanzas(string text) =>
        text.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.TrimStart().StartsWith('#')).ToArray())
            .Where(lines => lines.Any(l => l.StartsWith("Types:", StringComparison.OrdinalIgnoreCase)));

    private static bool IsBinaryOnly(string[] stanza) =>
        TypesOf(stanza) is var types && types.Contains("deb") && !types.Contains("deb-src")
        && !stanza.Any(l => l.Trim().Equals("Enabled: no", StringComparison.OrdinalIgnoreCase));

    private static string[] TypesOf(string[] stanza) =>
        stanza.First(l => l.StartsWith("Types:", StringComparison.OrdinalIgnoreCase))["Types:".Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string ToSource(string[] stanza) =>
        string.Join('\n', stanza.Select(l => l.StartsWith("Types:", StringComparison.OrdinalIgnoreCase) ? "Types: deb-src" : l));
}
