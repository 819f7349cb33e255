using BuildHost.IO;
using Serilog;
using Serilog.Events;

namespace BuildHost.Logging;

/// <summary>Points Serilog's static <see cref="Log"/> at the console and <c>.nuke/temp/build.log</c> for one run.</summary>
internal sealed class HostLog : IDisposable
{
    private readonly WriterSink _console;
    private readonly WriterSink? _file;
    private readonly StreamWriter? _fileWriter;

    public HostLog(TextWriter console, AbsolutePath? logFile, Verbosity verbosity)
    {
        _console = new WriterSink(console, Masker, verbosity == Verbosity.Verbose, ConsoleLevel(verbosity));
        var configuration = new LoggerConfiguration().MinimumLevel.Verbose()
            .WriteTo.Sink(_console)
            .WriteTo.Sink(Problems = new ProblemCollector(Masker));
        if (logFile is not null)
        {
            logFile.Parent.CreateDirectory();
            _fileWriter = new StreamWriter(new FileStream(logFile, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete));
            _file = new WriterSink(_fileWriter, Masker, fullExceptions: true, LogEventLevel.Verbose);
            configuration = configuration.WriteTo.Sink(_file);
        }

        Log.Logger = configuration.CreateLogger();
    }

    public SecretMasker Masker { get; } = new();

    public ProblemCollector Problems { get; }

    /// <summary>Lines printed whatever the verbosity: help, plan, summary.</summary>
    public void WriteAlways(string line)
    {
        _console.WriteLine(line);
        _file?.WriteLine(line);
    }

    public void Dispose()
    {
        Log.CloseAndFlush();
        _fileWriter?.Dispose();
    }

    private static LogEventLevel ConsoleLevel(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => LogEventLevel.Error,
        Verbosity.Minimal => LogEventLevel.Warning,
        Verbosity.Normal => LogEventLevel.Information,
        _ => LogEventLevel.Verbose,
    };
}
