using BuildHost.Parameters;

namespace BuildHost.Execution;

/// <summary>What <c>--help</c> prints: targets with description and direct dependencies, then parameters.</summary>
internal static class HelpText
{
    private static readonly (string Option, string Description)[] BuiltIns =
    [
        ("--target <names>", "Targets to run (positional names work too)."),
        ("--skip [names]", "Skip the named targets, or every target not named on the command line."),
        ("--plan", "Print the execution order and exit: a switch, after the targets (BuildSmall --plan)."),
        ("--continue", "Keep running independent targets after one fails."),
        ("--profile <names>", "Layer .nuke/parameters.<name>.json over .nuke/parameters.json."),
        ("--root <path>", "Root directory (default: the folder holding .nuke)."),
        ("--verbosity <Verbose|Normal|Minimal|Quiet>", "Console verbosity (default: Normal)."),
        ("--host <GitHubActions|Terminal>", "Run as on that host (default: GitHubActions when GITHUB_ACTIONS=true, else Terminal)."),
        ("--generate-configuration <id>", "Write a CI configuration, e.g. GitHubActions_ci, and exit."),
        ("--help", "Print this help."),
    ];

    public static IEnumerable<string> Lines(
        IReadOnlyList<ExecutableTarget> targets, IReadOnlyList<ParameterMember> parameters, IReadOnlyList<string> defaults)
    {
        var listed = targets.Where(target => !target.Definition.IsUnlisted).ToList();
        var nameWidth = listed.Select(target => Title(target, defaults).Length).DefaultIfEmpty(0).Max() + 2;
        yield return "Targets (with their direct dependencies):";
        yield return "";
        foreach (var target in listed)
        {
            var dependencies = target.Dependencies.Count > 0 ? $" -> {string.Join(", ", target.Dependencies.Select(d => d.Name))}" : "";
            yield return $"  {Title(target, defaults).PadRight(nameWidth)}{target.Definition.DescriptionText}{dependencies}".TrimEnd();
        }

        var options = parameters
            .Where(parameter => parameter.Attribute.List)
            .Select(parameter => ($"{parameter.Option} <{ValueConverter.Describe(parameter.Type)}>", parameter.Attribute.Description ?? ""))
            .Concat(BuiltIns).ToList();
        var optionWidth = options.Max(option => option.Item1.Length) + 2;
        yield return "";
        yield return "Parameters:";
        yield return "";
        foreach (var (option, description) in options)
            yield return $"  {option.PadRight(optionWidth)}{description}".TrimEnd();
    }

    private static string Title(ExecutableTarget target, IReadOnlyList<string> defaults) =>
        defaults.Contains(target.Name) ? $"{target.Name} (default)" : target.Name;
}
