using System.Text;
using System.Text.Json;
using BuildHost.Execution;
using BuildHost.IO;

namespace BuildHost.Parameters;

/// <summary>Writes <c>.nuke/build.schema.json</c> from the build's parameters and targets, so editors complete parameters.json.</summary>
internal static class SchemaWriter
{
    public static string Render(IReadOnlyList<ParameterMember> parameters, IReadOnlyList<ExecutableTarget> targets)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-04/schema#");
            json.WriteString("title", "Build Schema");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();
            foreach (var parameter in parameters.OrderBy(p => p.Name, StringComparer.Ordinal))
                WriteProperty(json, parameter.Name, parameter.Type, parameter.Attribute.Description);
            var names = targets.Select(target => target.Name).ToArray();
            WriteEnumArray(json, "Target", "Targets to run.", names);
            WriteEnumArray(json, "Skip", "Targets to skip.", names);
            WriteProperty(json, "Verbosity", typeof(Verbosity), "Console verbosity.");
            WriteProperty(json, "Continue", typeof(bool), "Keep running independent targets after one fails.");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>Writes the file only when its content changes.</summary>
    public static void Update(AbsolutePath file, string content)
    {
        if (!file.FileExists() || file.ReadAllText() != content)
            file.WriteAllText(content);
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, Type type, string? description)
    {
        json.WriteStartObject(name);
        WriteType(json, Nullable.GetUnderlyingType(type) ?? type);
        if (description is not null)
            json.WriteString("description", description);
        json.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter json, Type type)
    {
        if (type.IsArray)
        {
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            WriteType(json, type.GetElementType()!);
            json.WriteEndObject();
            return;
        }

        json.WriteString("type", type == typeof(bool) ? "boolean" : type == typeof(int) ? "integer" : "string");
        if (!type.IsEnum)
            return;
        json.WriteStartArray("enum");
        foreach (var name in Enum.GetNames(type))
            json.WriteStringValue(name);
        json.WriteEndArray();
    }

    private static void WriteEnumArray(Utf8JsonWriter json, string name, string description, string[] values)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "array");
        json.WriteString("description", description);
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
