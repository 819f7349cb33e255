using System.Text.Json;
using BuildHost.Execution;
using BuildHost.IO;

namespace BuildHost.Parameters;

/// <summary>Reads <c>.nuke/parameters.json</c> and layers <c>.nuke/parameters.PROFILE.json</c> files on top, in order.</summary>
internal static class ParameterFiles
{
    public static Dictionary<string, ParameterFileEntry> Load(AbsolutePath root, IEnumerable<string> profiles)
    {
        var entries = new Dictionary<string, ParameterFileEntry>();
        var baseFile = root / ".nuke" / "parameters.json";
        if (baseFile.FileExists())
            Layer(entries, baseFile);
        foreach (var profile in profiles)
        {
            var file = root / ".nuke" / $"parameters.{profile}.json";
            if (!file.FileExists())
                throw new HostException($"Profile '{profile}' not found: {Relative(root, file)} does not exist.");
            Layer(entries, file);
        }

        return entries;
    }

    private static void Layer(Dictionary<string, ParameterFileEntry> entries, AbsolutePath file)
    {
        var display = Relative(file.Parent.Parent, file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.ReadAllText(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new HostException(
                $"{display}({exception.LineNumber + 1},{exception.BytePositionInLine + 1}): invalid JSON: {FirstSentence(exception.Message)}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new HostException($"{display}: expected a JSON object of parameter names and values.");
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
                entries[ParameterNames.Normalize(property.Name)] = new ParameterFileEntry(property.Name, Values(property.Value), display);
        }
    }

    private static IReadOnlyList<string> Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(Scalar).ToList(),
        _ => [Scalar(element)],
    };

    private static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };

    private static string Relative(AbsolutePath root, AbsolutePath file) => root.GetUnixRelativePathTo(file);

    private static string FirstSentence(string message) => message.Split(" LineNumber:")[0].Split(" Path:")[0].Trim();
}
