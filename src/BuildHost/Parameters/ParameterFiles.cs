using System.Text.Json;
using System.Text.RegularExpressions;
using BuildHost.Execution;
using BuildHost.IO;

namespace BuildHost.Parameters;

/// <summary>Reads <c>.nuke/parameters.json</c> and layers <c>.nuke/parameters.PROFILE.json</c> files on top, in order.</summary>
internal static partial class ParameterFiles
{
    public static Dictionary<string, ParameterFileEntry> Load(AbsolutePath root, IEnumerable<string> profiles)
    {
        var entries = new Dictionary<string, ParameterFileEntry>();
        var baseFile = root / ".nuke" / "parameters.json";
        if (baseFile.Exists())
            Layer(entries, root, baseFile);
        foreach (var profile in profiles)
        {
            if (!ProfileName().IsMatch(profile))
                throw new HostException(
                    $"Profile '{profile}' is not a profile name: a profile is a name of letters, digits, '-' and '_' "
                    + "whose file is .nuke/parameters.<name>.json; files outside .nuke/ are not read.");
            var file = root / ".nuke" / $"parameters.{profile}.json";
            if (!file.Exists())
                throw new HostException($"Profile '{profile}' not found: {Relative(root, file)} does not exist.");
            Layer(entries, root, file);
        }

        return entries;
    }

    private static void Layer(Dictionary<string, ParameterFileEntry> entries, AbsolutePath root, AbsolutePath file)
    {
        var display = Relative(root, file);
        if (file.DirectoryExists())
            throw new HostException($"{display} is a folder, not a file: remove it, or make it a JSON object of parameter names and values.");
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
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HostException($"{display} cannot be read: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new HostException($"{display}: expected a JSON object of parameter names and values.");
            var seen = new Dictionary<string, string>();
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
            {
                var key = ParameterNames.Normalize(property.Name);
                if (seen.TryGetValue(key, out var first))
                    throw new HostException($"{display}: parameter '{property.Name}' is given twice ('{first}' before it); keep one.");
                seen[key] = property.Name;
                entries[key] = new ParameterFileEntry(property.Name, property.Value.Clone(), display);
            }
        }
    }

    private static string Relative(AbsolutePath root, AbsolutePath file) => root.GetUnixRelativePathTo(file);

    private static string FirstSentence(string message) => message.Split(" LineNumber:")[0].Split(" Path:")[0].Trim();

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9_.-]*$")]
    private static partial Regex ProfileName();
}
