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

    private ParameterValues(IReadOnlyList<ParameterMember> members) => Members = members;

    /// <summary>
    /// Whatever a [Secret] parameter was given, wherever and however (also in the refused <c>--name=value</c> form),
    /// so that it is masked before any message about the input is written.
    /// </summary>
    public static IReadOnlyList<string> SecretsGiven(
        IReadOnlyList<ParameterMember> members,
        CommandLine commandLine,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyDictionary<string, ParameterFileEntry> files)
    {
        var secrets = new List<string>();
        foreach (var member in members.Where(member => member.IsSecret))
        {
            var key = ParameterNames.Normalize(member.Name);
            foreach (var option in commandLine.Options)
            {
                if (ParameterNames.Normalize(option.Spelled) == key)
                    secrets.AddRange(option.Values);
                else if (option.Assignment is var (name, value) && ParameterNames.Normalize(name) == key)
                    secrets.AddRange([value, .. option.Values]);
            }

            if (FromEnvironment(member, environment) is var (_, text))
                secrets.Add(text);
            if (files.TryGetValue(key, out var entry))
                secrets.AddRange(JsonValues.Strings(entry.Value));
        }

        return secrets.Where(secret => secret.Length > 0).ToList();
    }

    public static ParameterValues Resolve(
        IReadOnlyList<ParameterMember> members,
        CommandLine commandLine,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyDictionary<string, ParameterFileEntry> files,
        AbsolutePath root)
    {
        var resolved = new ParameterValues(members);
        foreach (var member in members)
        {
            var origin = "the command line";
            try
            {
                if (Raw(member, commandLine, environment, files, ref origin) is not { } raw)
                    continue;
                resolved._values[ParameterNames.Normalize(member.Name)] = ValueConverter.Convert(member, raw, root);
            }
            catch (FormatException exception)
            {
                throw new HostException($"Parameter '{member.Name}' ({member.Option}, from {origin}): {exception.Message}.");
            }
        }

        return resolved;
    }

    public bool TryGet(string name, out object? value) => _values.TryGetValue(ParameterNames.Normalize(name), out value);

    public object? Get(MemberInfo member) =>
        ParameterMember.From(member) is { } parameter && TryGet(parameter.Name, out var value) ? value : null;

    private static IReadOnlyList<string>? Raw(
        ParameterMember member,
        CommandLine commandLine,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyDictionary<string, ParameterFileEntry> files,
        ref string origin)
    {
        if (commandLine.Find(member.Name) is { } option)
            return option.Values;
        if (FromEnvironment(member, environment) is var (variable, text))
        {
            origin = $"environment variable {variable}";
            return member.Type.IsArray ? Split(text, member.Attribute.Separator) : [text];
        }

        if (files.TryGetValue(ParameterNames.Normalize(member.Name), out var entry))
        {
            origin = entry.File;
            return JsonValues.Of(entry, member.Type);
        }

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
