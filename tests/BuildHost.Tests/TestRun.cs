using BuildHost.Execution;
using BuildHost.IO;

namespace BuildHost.Tests;

/// <summary>The outcome of a build run in-process: exit code, console text and the root it ran in.</summary>
public sealed record TestRun(int ExitCode, string Output, AbsolutePath Root)
{
    public string LogFile => (Root / ".nuke" / "temp" / "build.log").ReadAllText();

    /// <summary>Runs a build in a fresh folder holding <c>.nuke</c>, with the given arguments and environment.</summary>
    internal static TestRun Of<T>(
        string[] args,
        string[]? defaults = null,
        Dictionary<string, string>? environment = null,
        Action<AbsolutePath>? prepare = null,
        AbortController? abort = null)
        where T : NukeBuild, new()
    {
        var root = AbsolutePath.Create(Directory.CreateTempSubdirectory("buildhost-tests-").FullName);
        (root / ".nuke").CreateDirectory();
        prepare?.Invoke(root);
        var (exitCode, output) = Capture(() => BuildEntry.Run(new BuildInvocation(
            () => new T(), defaults ?? [], args, root, environment ?? new Dictionary<string, string>(), abort ?? new AbortController())));
        return new TestRun(exitCode, output, root);
    }

    /// <summary>Runs with Console.Out redirected: the host writes through Serilog's console sink, as a real run does.</summary>
    internal static (int ExitCode, string Output) Capture(Func<int> run)
    {
        var console = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(console);
        try
        {
            return (run(), console.ToString());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }

    public string StatusOf(string target) =>
        Output.Split('\n').Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .First(columns => columns.Length >= 2 && columns[0] == target && !columns[1].StartsWith('['))[1];
}
