using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PyImages;

/// <summary>
/// A value kept as one JSON file (the run's state, caches, the sources manifest, report.json): camelCase, enums as
/// strings, indented, written atomically. A file that is missing or no longer reads (an older format, a torn write) is
/// no value at all: whoever kept it works it out again.
/// </summary>
public static class JsonFile
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static T? Read<T>(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static void Write<T>(string path, T value) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(value, Options));

    public static Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAllTextAsync(path, JsonSerializer.Serialize(value, Options), cancellationToken);
}
