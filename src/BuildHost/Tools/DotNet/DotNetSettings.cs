using BuildHost.Tooling;

namespace BuildHost.Tools.DotNet;

/// <summary>What every <c>dotnet</c> command here shares: a project or solution, a configuration, a verbosity.</summary>
public abstract record DotNetSettings : ToolSettings
{
    public string? ProjectFile { get; init; }

    public string? Configuration { get; init; }

    public DotNetVerbosity? Verbosity { get; init; }

    public bool NoRestore { get; init; }

    internal abstract string Command { get; }

    internal virtual IEnumerable<string> CommandArguments() => [];

    internal override IEnumerable<string> Arguments()
    {
        yield return Command;
        if (ProjectFile is not null)
            yield return ProjectFile;
        if (Configuration is not null)
            yield return $"--configuration={Configuration}";
        if (Verbosity is not null)
            yield return $"--verbosity={Verbosity}";
        if (NoRestore)
            yield return "--no-restore";
        foreach (var argument in CommandArguments())
            yield return argument;
        yield return "-nologo";
    }
}
