using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Cell_text_cannot_break_the_table_or_inject_html()
    {
        var markdown = MarkdownReportWriter.Render(SampleReport.Create(checkOutput: "a | b\n<img src=x>"), null);

        Assert.Contains("a \\| b<br>&lt;img src=x&gt;", markdown, StringComparison.Ordinal);
    }
}
