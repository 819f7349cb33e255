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

    [Fact]
    public void An_image_smaller_than_the_base_is_drawn_as_all_its_own_with_no_base_part()
    {
        var sample = SampleReport.Create();
        var distroless = sample.Variants.Single(v => v.Variant == "small") with { Variant = "distroless", Tag = "distroless", SizeBytes = 35_000_000, SizeOverBaseBytes = -108_000_000 };

        var svg = SizeChart.Render(sample with { Variants = [distroless] }).ToString();

        Assert.Contains("distroless: base 0B", svg);
        Assert.Contains("distroless: added 35MB", svg);
    }
}
