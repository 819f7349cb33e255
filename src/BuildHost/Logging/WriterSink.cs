using Serilog.Core;
using Serilog.Events;

namespace BuildHost.Logging;

/// <summary>
/// Writes masked log lines to a writer. With <paramref name="fullExceptions"/> an exception is written in full
/// (the file, and the console at verbose); otherwise only its messages follow the line.
/// </summary>
internal sealed class WriterSink(TextWriter writer, SecretMasker masker, bool fullExceptions, LogEventLevel minimum) : ILogEventSink
{
    private readonly Lock _lock = new();

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < minimum)
            return;
        var line = LogLine.Format(logEvent);
        if (logEvent.Exception is { } exception)
            line += fullExceptions ? Environment.NewLine + exception : ": " + LogLine.Messages(exception);
        WriteLine(line);
    }

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            writer.WriteLine(masker.Apply(line));
            writer.Flush();
        }
    }
}
