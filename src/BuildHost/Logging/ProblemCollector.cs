using Serilog.Core;
using Serilog.Events;

namespace BuildHost.Logging;

/// <summary>Keeps warnings and errors so they can be repeated at the end of the run.</summary>
internal sealed class ProblemCollector(SecretMasker masker) : ILogEventSink
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
                return _lines.ToList();
        }
    }

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Warning)
            return;
        var line = LogLine.Format(logEvent);
        if (logEvent.Exception is { } exception)
            line += ": " + LogLine.Messages(exception);
        lock (_lines)
            _lines.Add(masker.Apply(line));
    }
}
