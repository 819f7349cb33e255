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
            throw new HostException(Unknown(option, options, known));
        foreach (var (key, entry) in files.Where(pair => !known.Contains(pair.Key)))
            throw new HostException(
                $"{entry.File}: unknown parameter '{entry.Key}'.{Suggestion(key, members.Select(member => member.Name))}");
    }

    private static string Unknown(CommandLineOption option, IReadOnlyList<string> options, HashSet<string> known)
    {
        if (option.Assignment is var (name, value) && known.Contains(ParameterNames.Normalize(name)))
            return $"'{option.Typed}': write the value after a space, '--{name} {value}'; the '--name=value' form is not taken (NUKE's form is '--name value').";
        if (!option.Typed.StartsWith("--", StringComparison.Ordinal))
            return $"Unknown parameter '{option.Typed}': this build's options start with '--' (see --help); "
                + "a value cannot start with '-' (pip's own options such as -e or -r are not package requirements).";
        return $"Unknown parameter '{option.Typed}'.{Suggestion(option.Spelled, options)}";
    }

    private static string Suggestion(string unknown, IEnumerable<string> candidates) =>
        ParameterNames.Closest(unknown, candidates) is { } closest ? $" Did you mean '{closest}'?" : " See --help for the parameters.";
}
