using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BuildHost.Components;
using BuildHost.Execution;
using BuildHost.IO;
using BuildHost.ProjectModel;

namespace BuildHost.Parameters;

/// <summary>
/// Writes <c>.nuke/build.schema.json</c> as NUKE 10 does, so editors complete parameters.json and NUKE itself would write
/// the same file: draft-04, a definition per enum (the build's, Host, ExecutableTarget, Verbosity) and one for NUKE's own
/// options (NukeBuild), and a top-level allOf of the build's parameters and that definition.
/// </summary>
internal static class SchemaWriter
{
    private const string SecretDefault = "Secrets must be entered via 'nuke :secrets [profile]'";

    /// <summary>The hosts NUKE knows; this host runs as Terminal, or as GitHubActions on a GitHub runner.</summary>
    public static readonly string[] HostNames =
    [
        "AppVeyor", "AzurePipelines", "Bamboo", "Bitbucket", "Bitrise", "GitHubActions", "GitLab", "Jenkins", "Rider",
        "SpaceAutomation", "TeamCity", "Terminal", "TravisCI", "VisualStudio", "VSCode",
    ];

    private static readonly string[] VerbosityNames = Enum.GetNames<Verbosity>();

    /// <summary>NUKE's own options, as its NukeBuild class declares them: name, JSON type (none for a $ref), description, and items or $ref.</summary>
    private static readonly (string Name, string? Type, string Description, Action<Utf8JsonWriter>? Then)[] NukeOptions =
    [
        ("Continue", "boolean", "Indicates to continue a previously failed build attempt", null),
        ("Help", "boolean", "Shows the help text for this build assembly", null),
        ("Host", null, "Host for execution. Default is 'automatic'", Reference("Host")),
        ("NoLogo", "boolean", "Disables displaying the NUKE logo", null),
        ("Partition", "string", "Partition to use on CI", null),
        ("Plan", "boolean", "Shows the execution plan (HTML)", null),
        ("Profile", "array", "Defines the profiles to load", Items(json => json.WriteString("type", "string"))),
        ("Root", "string", "Root directory during build execution", null),
        ("Skip", "array", "List of targets to be skipped. Empty list skips all dependencies", Items(Reference("ExecutableTarget"))),
        ("Target", "array", "List of targets to be invoked. Default is '{default_target}'", Items(Reference("ExecutableTarget"))),
        ("Verbosity", null, "Logging verbosity during build execution. Default is 'Normal'", Reference("Verbosity")),
    ];

    public static string Render(IReadOnlyList<ParameterMember> parameters, IReadOnlyList<ExecutableTarget> targets)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-04/schema#");
            json.WriteStartObject("definitions");
            foreach (var (name, write) in Definitions(parameters, targets))
            {
                json.WriteStartObject(name);
                write(json);
                json.WriteEndObject();
            }

            json.WriteStartObject("NukeBuild");
            json.WriteStartObject("properties");
            foreach (var (name, type, description, then) in NukeOptions)
            {
                json.WriteStartObject(name);
                if (type is not null)
                    json.WriteString("type", type);
                json.WriteString("description", description);
                then?.Invoke(json);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("allOf");
            json.WriteStartObject();
            json.WriteStartObject("properties");
            foreach (var parameter in parameters.OrderBy(parameter => parameter.Name, StringComparer.Ordinal))
                WriteParameter(json, parameter);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("$ref", "#/definitions/NukeBuild");
            json.WriteEndObject();
            json.WriteEndArray();
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

    /// <summary>Definitions in the order NUKE creates them: by the name of the first parameter (the build's or NUKE's) using each.</summary>
    private static IEnumerable<(string Name, Action<Utf8JsonWriter> Write)> Definitions(
        IReadOnlyList<ParameterMember> parameters, IReadOnlyList<ExecutableTarget> targets)
    {
        var targetNames = targets.Select(target => target.Name).Order(StringComparer.Ordinal).ToArray();
        var uses = parameters
            .Select(parameter => (parameter.Name, Enum: EnumOf(parameter.Type)))
            .Where(use => use.Enum is not null)
            .Select(use => (use.Name, Definition: use.Enum!.Name, Write: EnumDefinition(Enum.GetNames(use.Enum!), description: true)))
            .Concat(new (string Name, string Definition, Action<Utf8JsonWriter> Write)[]
            {
                ("Host", "Host", EnumDefinition(HostNames, description: false)),
                ("Skip", "ExecutableTarget", EnumDefinition(targetNames, description: false)),
                ("Verbosity", "Verbosity", EnumDefinition(VerbosityNames, description: true)),
            });
        return uses.OrderBy(use => use.Name, StringComparer.Ordinal)
            .DistinctBy(use => use.Definition)
            .Select(use => (use.Definition, use.Write));
    }

    private static void WriteParameter(Utf8JsonWriter json, ParameterMember parameter)
    {
        var type = parameter.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        json.WriteStartObject(parameter.Name);
        if (parameter.Attribute.GetType() != typeof(ParameterAttribute) || underlying == typeof(Solution))
            WriteType(json, typeof(string), parameter.Attribute.Description);
        else if (EnumOf(type) is { } enumType)
        {
            if (Nullable.GetUnderlyingType(type) is not null)
                json.WriteString("type", "null");
            if (parameter.Attribute.Description is { } enumDescription)
                json.WriteString("description", enumDescription);
            if (type.IsArray)
            {
                json.WriteString("type", "array");
                Items(Reference(enumType.Name))(json);
            }
            else
                Reference(enumType.Name)(json);
            json.WriteEndObject();
            return;
        }
        else
            WriteType(json, type, parameter.Attribute.Description);

        if (parameter.IsSecret)
            json.WriteString("default", SecretDefault);
        json.WriteEndObject();
    }

    /// <summary>The type's own keys in NJsonSchema's order: type, description, then items, enum or format.</summary>
    private static void WriteType(Utf8JsonWriter json, Type type, string? description)
    {
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray)
        {
            json.WriteString("type", "array");
            if (description is not null)
                json.WriteString("description", description);
            json.WriteStartObject("items");
            WriteType(json, underlying.GetElementType()!, null);
            json.WriteEndObject();
            return;
        }

        var name = underlying == typeof(bool) ? "boolean" : underlying == typeof(int) ? "integer" : "string";
        if (nullable)
        {
            json.WriteStartArray("type");
            json.WriteStringValue(name);
            json.WriteStringValue("null");
            json.WriteEndArray();
        }
        else
            json.WriteString("type", name);

        if (description is not null)
            json.WriteString("description", description);
        if (underlying == typeof(int))
            json.WriteString("format", "int32");
        if (underlying == typeof(Configuration))
            WriteEnum(json, Configuration.All.Select(configuration => configuration.Value));
    }

    private static Type? EnumOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var element = underlying.IsArray ? underlying.GetElementType()! : underlying;
        return element.IsEnum ? element : null;
    }

    private static Action<Utf8JsonWriter> EnumDefinition(IEnumerable<string> names, bool description) => json =>
    {
        json.WriteString("type", "string");
        if (description)
            json.WriteString("description", "");
        WriteEnum(json, names);
    };

    private static void WriteEnum(Utf8JsonWriter json, IEnumerable<string> names)
    {
        var values = names.ToList();
        if (values.Count == 0)
            return;
        json.WriteStartArray("enum");
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static Action<Utf8JsonWriter> Reference(string definition) => json => json.WriteString("$ref", $"#/definitions/{definition}");

    private static Action<Utf8JsonWriter> Items(Action<Utf8JsonWriter> items) => json =>
    {
        json.WriteStartObject("items");
        items(json);
        json.WriteEndObject();
    };
}
