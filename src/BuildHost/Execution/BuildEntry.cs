using System.Collections;
using BuildHost.CI.GitHubActions;
using BuildHost.IO;
using BuildHost.Logging;
using BuildHost.Parameters;
using Serilog;

namespace BuildHost.Execution;

/// <summary>Sets up root, verbosity and logging for one run and turns usage errors into one line and a non-zero exit code.</summary>
internal static class BuildEntry
{
    public static int RunProcess(Func<NukeBuild> createBuild, IReadOnlyList<string> defaultTargets, IReadOnlyList<string> arguments)
    {
        var abort = new AbortController();
        using var signals = new SignalHandling(abort);
        var environment = System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "");
        return Run(new BuildInvocation(createBuild, defaultTargets, arguments, System.Environment.CurrentDirectory, environment, abort));
    }

    public static int Run(BuildInvocation invocation)
    {
        var commandLine = CommandLine.Parse(invocation.Arguments);
        AbsolutePath root;
        try
        {
            NukeBuild.Verbosity = ReadVerbosity(commandLine);
            root = FindRoot(commandLine, invocation.WorkingDirectory);
        }
        catch (HostException exception)
        {
            Console.WriteLine($"{DateTime.Now:HH:mm:ss} [ERR] {exception.Message}");
            return BuildInvocation.FailureExitCode;
        }

        NukeBuild.RootDirectory = root;
        NukeBuild.IsServerBuild = invocation.Environment.GetValueOrDefault("GITHUB_ACTIONS") == "true"
            || commandLine.Find("host")?.Values is ["GitHubActions"];
        GitHubActions.Detect(invocation.Environment);
        HostLog log;
        try
        {
            log = new HostLog(root / ".nuke" / "temp" / "build.log", NukeBuild.Verbosity);
        }
        catch (HostException exception)
        {
            Console.WriteLine($"{DateTime.Now:HH:mm:ss} [ERR] {exception.Message}");
            return BuildInvocation.FailureExitCode;
        }

        using var _ = log;
        try
        {
            return new BuildSession(invocation, commandLine, log).Run();
        }
        catch (HostException exception)
        {
            Log.Error(exception.Message);
            return BuildInvocation.FailureExitCode;
        }
        catch (Exception exception)
        {
            Log.Error(exception, "The build could not start");
            return BuildInvocation.FailureExitCode;
        }
    }

    private static Verbosity ReadVerbosity(CommandLine commandLine)
    {
        if (commandLine.Find("verbosity") is not { } option)
            return Verbosity.Normal;
        var match = Enum.GetValues<Verbosity>()
            .Where(level => option.Values is [var value] && ParameterNames.Normalize(value) == ParameterNames.Normalize(level.ToString()))
            .Select(level => (Verbosity?)level).FirstOrDefault();
        return match ?? throw new HostException(
            $"Parameter 'Verbosity' (--verbosity): '{string.Join(" ", option.Values)}' is not one of {string.Join(", ", Enum.GetNames<Verbosity>())}.");
    }

    private static AbsolutePath FindRoot(CommandLine commandLine, string workingDirectory)
    {
        var working = AbsolutePath.Create(Path.GetFullPath(workingDirectory));
        if (commandLine.Find("root") is { } option)
        {
            var root = option.Values is [var value] ? AbsolutePath.Create(Path.GetFullPath(value, working)) : working;
            if (!(root / ".nuke").DirectoryExists())
                throw new HostException(
                    $"--root '{root}' is not a root of this build: it has no .nuke folder. Pass the folder that holds .nuke (the repository's root), "
                    + "or leave --root out to find it from the current folder.");
            return root;
        }
        for (var directory = working; ; directory = directory.Parent)
        {
            if ((directory / ".nuke").Exists())
                return directory;
            if (directory.Parent == directory)
                throw new HostException($"No '.nuke' folder found walking up from '{working}': create one at the repository root, or pass --root <path>.");
        }
    }
}
