using PyImages.Inspection;
using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class DistrolessReportTests
{
    [Fact]
    public void The_markdown_and_html_reports_list_distrolesss_largest_files_with_why_each_is_there()
    {
        var sample = SampleReport.Create();
        var distroless = sample.Variants.Single(v => v.Variant == "small") with
        {
            Variant = "distroless",
            Tag = "distroless",
            Layers = new LayerAnalysisReport(0, 1.0, 1, [], [],
                [new ExplainedFile("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", 7_731_200, "library needed by /opt/python-packages/bin/uwsgi")]),
        };
        var report = sample with { Variants = [.. sample.Variants, distroless] };

        var markdown = MarkdownReportWriter.Render(report, null);
        var html = HtmlReportWriter.Render(report);

        TextAssert.ContainsAll(markdown,
            "## Largest files of blog-python:distroless",
            "| /usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0 | 7.73MB | library needed by /opt/python-packages/bin/uwsgi |");
        Assert.Contains("library needed by /opt/python-packages/bin/uwsgi", html);
        Assert.DoesNotContain("Largest files of blog-python:big-uninstall", markdown);
    }
}
