namespace BuildHost.Parameters;

internal sealed record ParameterFileEntry(string Key, IReadOnlyList<string> Values, string File);
