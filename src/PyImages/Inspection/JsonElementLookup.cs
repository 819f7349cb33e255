using System.Text.Json;

namespace PyImages.Inspection;

/// <summary>Case-insensitive property access: Docker and Podman spell the same fields differently ("Size" / "size").</summary>
internal static class JsonElementLookup
{
    public static JsonElement? Property(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                return property.Value;
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string? String(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static long? Int64(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList()
            : [];

    public static IReadOnlyDictionary<string, string> StringMap(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Object } map
            ? map.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.ToString())
            : new Dictionary<string, string>();
}
