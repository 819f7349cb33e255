using System.Text.Json;

namespace PyImages.Inspection;

/// <summary>
/// The record distroless_root.py writes into a distroless image: a reason per file it chose one by one (the
/// interpreter, every library of the ELF closure, the data files) and per folder it copied whole (the standard library,
/// the installed packages). Paths are the image's, as the archive lists them.
/// </summary>
public sealed class DistrolessManifest(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string> folders)
{
    public const int Schema = 1;

    /// <summary>The manifest, or null when the text is no manifest of this schema.</summary>
    public static DistrolessManifest? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("schema", out var schema) || schema.GetInt32() != Schema)
            {
                return null;
            }

            return new DistrolessManifest(Strings(root, "files"), Strings(root, "folders"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The largest files of the final image, largest first, each with why it is there.</summary>
    public IReadOnlyList<ExplainedFile> Explain(IEnumerable<ImageFile> finalFiles, int top) =>
        finalFiles
            .OrderByDescending(file => file.SizeBytes).ThenBy(file => file.Path, StringComparer.Ordinal)
            .Take(top)
            .Select(file => new ExplainedFile(file.Path, file.SizeBytes, ReasonFor(file.Path)))
            .ToList();

    public string ReasonFor(string path)
    {
        if (files.TryGetValue(path, out var reason))
        {
            return reason;
        }

        var folder = folders.Keys
            .Where(f => path.StartsWith(f.TrimEnd('/') + "/", StringComparison.Ordinal))
            .OrderByDescending(f => f.Length)
            .FirstOrDefault();
        return folder is null ? "not in the distroless record (accounts, the record itself)" : $"{folders[folder]} ({folder})";
    }

    private static Dictionary<string, string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
