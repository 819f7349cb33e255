using PyImages.Reporting;
using PyImages.Verification;

namespace PyImages.Tests.Reporting;

/// <summary>Verify --checks left some checks out: every writer says which ran and that the others were not run.</summary>
public sealed class NotRunChecksReportTests
{
    private static Report HttpOnly()
    {
        var report = SampleReport.Create();
        var minimal = report.Variants.Single(variant => variant.Variant == "minimal") with
        {
            Checks = [new VerificationCheck(CheckNames.Http, true, true, "GET / on port 8080: 200 OK")],
            NotRunChecks = [CheckNames.Import, CheckNames.SharedLibraries],
        };
        return report with { Variants = [.. report.Variants.Select(variant => variant.Variant == "minimal" ? minimal : variant)] };
    }

    [Fact]
    public void Markdown_shows_the_check_that_ran_as_passed_and_the_others_as_not_run()
    {
        var markdown = MarkdownReportWriter.Render(HttpOnly(), null);

        Assert.Contains("| blog-python:minimal | http | passed |", markdown, StringComparison.Ordinal);
        Assert.Contains("| blog-python:minimal | import | not run | left out by --checks; not verified |", markdown, StringComparison.Ordinal);
        Assert.Contains("| blog-python:minimal | shared libraries | not run |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| blog-python:minimal | import | passed", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_shows_the_checks_left_out_as_not_run()
    {
        var html = HtmlReportWriter.Render(HttpOnly());

        Assert.Contains("not run", html, StringComparison.Ordinal);
        Assert.Contains("left out by --checks; not verified", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_names_the_checks_that_were_not_run()
    {
        var output = ReportSnapshotTests.Console(HttpOnly(), []);

        Assert.Contains("blog-python:minimal: not run (left out by --checks; not verified): import, shared libraries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_selection_no_check_is_shown_as_not_run()
    {
        Assert.DoesNotContain("not run", MarkdownReportWriter.Render(SampleReport.Create(), null), StringComparison.Ordinal);
    }
}
