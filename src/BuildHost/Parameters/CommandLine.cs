namespace BuildHost.Parameters;

/// <summary>Arguments split into positional target names and <c>--option values...</c> groups.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, CommandLineOption> _options = new();

    public List<string> Positional { get; } = [];

    public IEnumerable<CommandLineOption> Options => _options.Values;

    public static CommandLine Parse(IEnumerable<string> args)
    {
        var commandLine = new CommandLine();
        CommandLineOption? current = null;
        foreach (var arg in args)
        {
            if (IsOption(arg))
            {
                var spelled = arg.TrimStart('-');
                var key = spelled.Contains('=') ? arg : ParameterNames.Normalize(spelled);
                current = commandLine._options.TryGetValue(key, out var existing)
                    ? existing
                    : commandLine._options[key] = new CommandLineOption(arg, spelled, []);
            }
            else if (current is null)
                commandLine.Positional.Add(arg);
            else
                current.Values.Add(arg);
        }

        return commandLine;
    }

    public CommandLineOption? Find(string name) =>
        _options.GetValueOrDefault(ParameterNames.Normalize(name));

    /// <summary>
    /// Whether a switch is set: bare, or followed by one <c>true</c> or <c>false</c>, as in NUKE. Anything else after it
    /// is an error: targets come before the options (<c>BuildSmall --plan</c>, not <c>--plan BuildSmall</c>).
    /// </summary>
    public bool Flag(string name)
    {
        if (Find(name) is not { } option)
            return false;
        return option.Values switch
        {
            [] => true,
            [var single] when bool.TryParse(single, out var value) => value,
            _ => throw new Execution.HostException(
                $"Parameter '--{ParameterNames.ToKebabCase(name)}' is a switch: '{string.Join(" ", option.Values)}' is not true or false. "
                + $"Write --{ParameterNames.ToKebabCase(name)} alone or followed by true or false; target names go before the options, "
                + "as in 'BuildSmall --plan'."),
        };
    }

    private static bool IsOption(string arg) =>
        arg.StartsWith('-') && arg.Length > 1 && !char.IsDigit(arg[1]) && arg != "--";
}
