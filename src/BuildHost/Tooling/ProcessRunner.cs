using System.Text;
using CliWrap;
using Serilog;

namespace BuildHost.Tooling;

/// <summary>Runs a tool with its output streamed to the log, and fails with the command line when it exits non-zero.</summary>
internal static class ProcessRunner
{
    public static IReadOnlyCollection<Output> Run(string executable, IEnumerable<string> arguments, string? workingDirectory)
    {
        var output = new List<Output>();
        var argumentList = arguments.ToList();
        var commandLine = $"{executable} {string.Join(" ", argumentList.Select(Quote))}";
        Log.Debug("> {CommandLine}", commandLine);
        var result = Cli.Wrap(executable)
            .WithArguments(argumentList)
            .WithWorkingDirectory(workingDirectory ?? Environment.CurrentDirectory)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => Record(output, OutputType.Std, line), Encoding.UTF8))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => Record(output, OutputType.Err, line), Encoding.UTF8))
            .ExecuteAsync().GetAwaiter().GetResult();
        if (result.ExitCode != 0)
            throw new ProcessException(commandLine, result.ExitCode);
        return output;
    }

    private static void Record(List<Output> output, OutputType type, string line)
    {
        lock (output)
            output.Add(new Output(type, line));
        if (type == OutputType.Err)
            Log.Warning("{Line}", line);
        else
            Log.Information("{Line}", line);
    }

    private static string Quote(string argument) => argument.Contains(' ') ? $"\"{argument}\"" : argument;
}
