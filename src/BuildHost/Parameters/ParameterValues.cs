using System.Reflection;
using BuildHost.Execution;
using BuildHost.IO;

namespace BuildHost.Parameters;

/// <summary>
/// The resolved value of every parameter: the command line first, then environment variables
/// (exact name, then letters and digits with or without a NUKE_ prefix), then the parameter files.
/// </summary>
internal sealed class ParameterValues
{
    private readonly Dictionary<string, object?> _values = new();

    public IReadOnlyList<ParameterMember> Members { get; }

    public IReadOnlyList<string> Secrets { get; }

    private ParameterValues(IReadOnlyList<ParameterMember> members, IReadOnlyList<string> secrets)
    {
        Members = members;
        Secrets = secrets;
    }

    public static ParameterValues Resolve(
        IReadOnlyList<ParameterMember> members,
        CommandLine commandLine,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyDictionary<string, ParameterFileEntry> files,
        AbsolutePath root)
    {
        var values = new Dictionary<string, object?>();
        var secrets = new List<string>();
        foreach (var member in members)
        {
            if (Raw(member, commandLine, environment, files) is not var (raw, origin))
                continue;
            object? value;
            try
            {
                value = ValueConverter.Convert(member.Type, raw, root);
            }
            catch (FormatException exception)
            {
                throw new HostException($"Parameter '{member.Name}' ({member.Option}, from {origin}): {exception.Message}.");
            }

            values[ParameterNames.Normalize(member.Name)] = value;
            if (member.IsSecret)
                secrets.AddRange(raw.Where(secret => secret.Length > 0));
        }

        var resolved = new ParameterValues(members, secrets);
        foreach (var (key, value) in values)
            resolved._values[key] = value;
        return resolved;
    }

    public bool TryGet(string name, out object? value) => _values.TryGetValue(ParameterNames.Normalize(name), out value);

    public object? Get(MemberInfo member) =>
        ParameterMember.From(member) is { } parameter && TryGet(parameter.Name, out var value) ? value : null;

    private static (IReadOnlyList<string>, string)? Raw(
        ParameterMember member,
        CommandLine commandLine,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyDictionary<string, ParameterFileEntry> files)
    {
        if (commandLine.Find(member.Name) is { } option)
            return (option.Values, "the command line");
        if (FromEnvironment(member, environment) is var (variable, text))
            return (member.Type.IsArray ? Split(text, member.Attribute.Separator) : [text], $"environment variable {variable}");
        if (files.TryGetValue(ParameterNames.Normalize(member.Name), out var entry))
            return (entry.Values, entry.File);
        return null;
    }

    private static (string, string)? FromEnvironment(ParameterMember member, IReadOnlyDictionary<string, string> environment)
    {
        if (environment.TryGetValue(member.Name, out var exact))
            return (member.Name, exact);
        var wanted = ParameterNames.Normalize(member.Name);
        foreach (var (variable, text) in environment.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var normalized = ParameterNames.Normalize(variable);
            if (normalized == wanted || normalized == "nuke" + wanted)
                return (variable, text);
        }

        return null;
    }

    private static IReadOnlyList<string> Split(string text, string? separator) =>
        separator is null
            ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            : text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
