using PyImages.Reporting;
using Spectre.Console;

namespace PyImages.Tests.Reporting;

/// <summary>The sample report in every format it is written in, compared with the approved files.</summary>
public class ReportSnapshotTests
{
    [Fact]
    public void Console_table_is_as_approved() => Approved.Matches(Console(SampleReport.Create()), "console");

    [Fact]
    public void Markdown_is_as_approved() => Approved.Matches(MarkdownReportWriter.Render(SampleReport.Create(), "sizes.svg"), "markdown");

    [Fact]
    public void Html_is_as_approved() => Approved.Matches(HtmlReportWriter.Render(SampleReport.Create()), "html");

    [Fact]
    public void Json_is_as_approved() => Approved.Matches(ReportJson.Serialize(SampleReport.Create()), "json");

    [Fact]
    public void Svg_chart_is_as_approved() => Approved.Matches(SizeChart.RenderDocument(SampleReport.Create()), "svg");

    internal static string Console(Report report, IEnumerable<string>? secrets = null)
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
