using Serilog.Core;
using Serilog.Events;

namespace BuildHost.Logging;

/// <summary>Keeps warnings and errors, formatted as the console shows them, so they can be repeated at the end of the run.</summary>
internal sealed class ProblemCollector(LineFormatter formatter) : ILogEventSink
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
        if (logEvent.Level < LogEventLevel.Warning || logEvent.Properties.ContainsKey(LineFormatter.PlainProperty))
            return;
        var line = formatter.FormatLine(logEvent);
        lock (_lines)
            _lines.Add(line);
    }
}
