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
                var key = ParameterNames.Normalize(spelled);
                current = commandLine._options.TryGetValue(key, out var existing)
                    ? existing
                    : commandLine._options[key] = new CommandLineOption(spelled, []);
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
    /// Whether a flag is set. A flag's values are its own only when they read as one boolean;
    /// anything else is handed back as target names (<c>--continue Test</c>).
    /// </summary>
    public bool Flag(string name)
    {
        if (Find(name) is not { } option)
            return false;
        if (option.Values is [var single] && bool.TryParse(single, out var value))
            return value;
        Positional.AddRange(option.Values);
        option.Values.Clear();
        return true;
    }

    private static bool IsOption(string arg) =>
        arg.StartsWith('-') && arg.Length > 1 && !char.IsDigit(arg[1]) && arg != "--";
}
