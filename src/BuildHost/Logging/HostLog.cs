using BuildHost.Execution;
using BuildHost.IO;
using Serilog;
using Serilog.Events;

namespace BuildHost.Logging;

/// <summary>
/// Points Serilog's static <see cref="Log"/> at the console and <c>.nuke/temp/build.log</c> for one run, through
/// Serilog's console and file sinks, each formatting (and masking) with a <see cref="LineFormatter"/>.
/// </summary>
internal sealed class HostLog : IDisposable
{
    public HostLog(AbsolutePath logFile, Verbosity verbosity)
    {
        var consoleLevel = ConsoleLevel(verbosity);
        var consoleFormatter = new LineFormatter(Masker, fullExceptions: verbosity == Verbosity.Verbose);
        Problems = new ProblemCollector(consoleFormatter);
        PrepareLogFile(logFile);
        Log.Logger = new LoggerConfiguration().MinimumLevel.Verbose()
            .WriteTo.Sink(Problems)
            .WriteTo.Logger(toConsole => toConsole
                .Filter.ByIncludingOnly(logEvent => logEvent.Level >= consoleLevel || logEvent.Properties.ContainsKey(LineFormatter.PlainProperty))
                .WriteTo.Console(consoleFormatter))
            .WriteTo.File(new LineFormatter(Masker, fullExceptions: true), logFile)
            .CreateLogger();
    }

    public SecretMasker Masker { get; } = new();

    public ProblemCollector Problems { get; }

    /// <summary>Lines printed whatever the verbosity, without time and level: help, plan, summary.</summary>
    public void WriteAlways(string line) => Log.ForContext(LineFormatter.PlainProperty, true).Information("{Line:l}", line);

    public void Dispose() => Log.CloseAndFlush();

    /// <summary>A fresh log per run; a folder the user cannot write is one clear error, not a stack trace.</summary>
    private static void PrepareLogFile(AbsolutePath logFile)
    {
        try
        {
            logFile.Parent.CreateDirectory();
            File.WriteAllText(logFile, "");
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new HostException(
                $"Cannot write the build log {logFile}: {exception.Message} Make {logFile.Parent} writable by this user "
                + $"(it may belong to another user, e.g. root from an earlier run: 'sudo chown -R {Environment.UserName} {logFile.Parent}'), or run as its owner.");
        }
    }

    private static LogEventLevel ConsoleLevel(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => LogEventLevel.Error,
        Verbosity.Minimal => LogEventLevel.Warning,
        Verbosity.Normal => LogEventLevel.Information,
        _ => LogEventLevel.Verbose,
    };
}
