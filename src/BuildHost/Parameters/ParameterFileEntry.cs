using System.Text.Json;

namespace BuildHost.Parameters;

/// <summary>One entry of a parameters file: its key as written, its JSON value, and the file (relative to the root).</summary>
internal sealed record ParameterFileEntry(string Key, JsonElement Value, string File);
