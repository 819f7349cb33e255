using Spectre.Console;

namespace PyImages.Tests.Pipeline;

/// <summary>A console that prints nowhere, for steps that print tables.</summary>
internal static class QuietConsole
{
    public static IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
}
