using System.Text.Json;

namespace BuildHost.Parameters;

/// <summary>The text values of a parameters-file entry, once its JSON kind fits the parameter's type.</summary>
internal static class JsonValues
{
    public static IReadOnlyList<string>? Of(ParameterFileEntry entry, Type type)
    {
        if (entry.Value.ValueKind == JsonValueKind.Null)
            return null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!underlying.IsArray)
            return [Scalar(entry.Value, underlying)];
        if (entry.Value.ValueKind != JsonValueKind.Array)
            throw new FormatException($"expected a list ({Expected(underlying)}), got {Describe(entry.Value)}");
        return entry.Value.EnumerateArray().Select(item => Scalar(item, underlying.GetElementType()!)).ToList();
    }

    /// <summary>Every string an entry holds, so a secret's value is masked even in an error about the entry.</summary>
    public static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        _ => [],
    };

    private static string Scalar(JsonElement element, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var expected = underlying == typeof(bool) ? JsonValueKind.True
            : underlying == typeof(int) ? JsonValueKind.Number
            : JsonValueKind.String;
        var fits = expected == JsonValueKind.True
            ? element.ValueKind is JsonValueKind.True or JsonValueKind.False
            : element.ValueKind == expected;
        if (!fits)
            throw new FormatException($"expected {Expected(underlying)}, got {Describe(element)}");
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }

    private static string Expected(Type type) => type.IsArray
        ? "a JSON array of " + (type.GetElementType() == typeof(int) ? "whole numbers" : type.GetElementType() == typeof(bool) ? "true or false values" : "strings")
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) ? "a whole number"
        : "a string";

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        _ => $"the string {element.GetRawText()}",
    };
}
