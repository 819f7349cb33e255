using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void The_page_is_self_contained_with_the_chart_inline()
    {
        var html = HtmlReportWriter.Render(SampleReport.Create());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        TextAssert.ContainsAll(html, "<style>", "<svg");
        Assert.All(["<script", "<link", "src=", "href=", "url("], external => Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Values_are_html_encoded()
    {
        var report = SampleReport.Create(checkOutput: "<script>alert(1)</script>");

        var html = HtmlReportWriter.Render(report);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
