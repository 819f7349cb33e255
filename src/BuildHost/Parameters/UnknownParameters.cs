using BuildHost.Execution;

namespace BuildHost.Parameters;

/// <summary>Options and file entries that name no parameter are errors, with the closest known name.</summary>
internal static class UnknownParameters
{
    public static void Check(
        CommandLine commandLine, IReadOnlyDictionary<string, ParameterFileEntry> files,
        IReadOnlyList<ParameterMember> members, IReadOnlyList<string> builtIns)
    {
        var options = members.Select(member => member.Option).Concat(builtIns.Select(name => "--" + name)).ToList();
        var known = options.Select(ParameterNames.Normalize).ToHashSet();
        foreach (var option in commandLine.Options.Where(option => !known.Contains(ParameterNames.Normalize(option.Spelled))))
            throw new HostException($"Unknown parameter '--{option.Spelled}'.{Suggestion(option.Spelled, options)}");
        foreach (var (key, entry) in files.Where(pair => !known.Contains(pair.Key)))
            throw new HostException(
                $"{entry.File}: unknown parameter '{entry.Key}'.{Suggestion(key, members.Select(member => member.Name))}");
    }

    private static string Suggestion(string unknown, IEnumerable<string> candidates) =>
        ParameterNames.Closest(unknown, candidates) is { } closest ? $" Did you mean '{closest}'?" : " See --help for the parameters.";
}
