using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace BuildHost.Logging;

/// <summary>
/// <c>HH:mm:ss [LVL] message</c> (plain lines: the message alone), with secrets masked as the line is formatted: every
/// sink writes through this one formatter. The exception follows in full, or only its messages (what a user acts on).
/// </summary>
internal sealed class LineFormatter(SecretMasker masker, bool fullExceptions) : ITextFormatter
{
    /// <summary>A property marking lines printed whatever the verbosity, without time and level: help, plan, summary.</summary>
    public const string PlainProperty = "Plain";

    private static readonly MessageTemplateTextFormatter Line = new("{Timestamp:HH:mm:ss} [{Level:u3}] {Message:lj}", CultureInfo.InvariantCulture);
    private static readonly MessageTemplateTextFormatter Plain = new("{Message:lj}", CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output) => output.WriteLine(FormatLine(logEvent));

    public string FormatLine(LogEvent logEvent)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        (logEvent.Properties.ContainsKey(PlainProperty) ? Plain : Line).Format(logEvent, text);
        if (logEvent.Exception is { } exception)
            text.Write(fullExceptions ? Environment.NewLine + exception : ": " + ExceptionMessages.Of(exception));
        return masker.Apply(text.ToString());
    }
}
