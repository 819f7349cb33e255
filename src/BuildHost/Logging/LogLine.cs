using System.Globalization;
using Serilog.Events;
using Serilog.Parsing;

namespace BuildHost.Logging;

/// <summary>Formats an event as <c>HH:mm:ss [LVL] message</c>, string values unquoted.</summary>
internal static class LogLine
{
    public static string Format(LogEvent logEvent) =>
        $"{logEvent.Timestamp.ToLocalTime():HH:mm:ss} [{Level(logEvent.Level)}] {Message(logEvent)}";

    public static string Message(LogEvent logEvent)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken property
                && logEvent.Properties.TryGetValue(property.PropertyName, out var value)
                && value is ScalarValue { Value: string text })
                writer.Write(text);
            else
                token.Render(logEvent.Properties, writer, CultureInfo.InvariantCulture);
        }

        return writer.ToString();
    }

    /// <summary>The exception's message and those of its inner exceptions, which is what a user acts on.</summary>
    public static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException { InnerExceptions.Count: > 1 } aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(inner => inner.Message));
                break;
            }

            if (current is not AggregateException && (messages.Count == 0 || messages[^1] != current.Message))
                messages.Add(current.Message);
        }

        return string.Join(" ---> ", messages);
    }

    private static string Level(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "VRB",
        LogEventLevel.Debug => "DBG",
        LogEventLevel.Information => "INF",
        LogEventLevel.Warning => "WRN",
        LogEventLevel.Error => "ERR",
        _ => "FTL",
    };
}
