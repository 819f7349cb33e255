using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class ConsoleReportWriterTests
{
    [Fact]
    public void Secrets_and_markup_in_values_are_printed_safely()
    {
        var output = Render(SampleReport.Create(checkOutput: "token hunter2 [red]x[/]"), ["hunter2"]);

        Assert.DoesNotContain("hunter2", output, StringComparison.Ordinal);
        Assert.Contains("token ***** [red]x[/]", output, StringComparison.Ordinal);
    }

    private static string Render(Report report, IEnumerable<string> secrets) => ReportSnapshotTests.Console(report, secrets);
}
