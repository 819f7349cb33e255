using PyImages.Reporting;
using Spectre.Console;

namespace PyImages.Tests.Reporting;

public sealed class ConsoleReportWriterTests
{
    [Fact]
    public void Prints_the_table_the_failures_the_gates_and_the_legend()
    {
        var output = Render(SampleReport.Create(), []);

        TextAssert.ContainsAll(
            output,
            "REPOSITORY",
            "OVER BASE");
        Assert.Matches(@"blog-python\s+small\s+6f8d85c409a7\s+5 minutes ago\s+245MB\s+\+12\.1MB\s+-52\.1%\s+no\s+built", output);
        TextAssert.ContainsAll(
            output,
            "blog-python:small: check failed: uwsgi --version",
            "blog-python:big-uninstall: wasted 280MB, efficiency 61.0%",
            "is over the --max-size limit",
            "VS BIG: change of SIZE against the Big image");
    }

    [Fact]
    public void Secrets_and_markup_in_values_are_printed_safely()
    {
        var output = Render(SampleReport.Create(checkOutput: "token hunter2 [red]x[/]"), ["hunter2"]);

        Assert.DoesNotContain("hunter2", output, StringComparison.Ordinal);
        Assert.Contains("token ***** [red]x[/]", output, StringComparison.Ordinal);
    }

    private static string Render(Report report, IEnumerable<string> secrets)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 250;
        ConsoleReportWriter.Write(report, console, new SecretMasker(secrets));
        return writer.ToString();
    }
}
