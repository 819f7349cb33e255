using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class ReportWriterTests : IDisposable
{
    private const string Secret = "s3cr3t-t0ken&<x>\"";
    private readonly string directory = Directory.CreateTempSubdirectory("pyimages-report-").FullName;

    [Fact]
    public async Task Writes_the_report_files()
    {
        var files = await ReportWriter.WriteAsync(SampleReport.Create(), directory);

        Assert.Equal(
            ["report.html", "report.json", "report.md", "sizes.svg", "summary.md"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("![Image sizes: base part and added part per variant](sizes.svg)", await File.ReadAllTextAsync(files.Markdown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_is_the_markdown_without_the_chart_file()
    {
        var files = await ReportWriter.WriteAsync(SampleReport.Create(), Path.Combine(directory, "report"));

        var text = await File.ReadAllTextAsync(files.Summary);
        Assert.StartsWith("# PyImages report", text, StringComparison.Ordinal);
        Assert.Contains("| blog-python | small |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sizes.svg", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_that_reached_the_report_is_masked_in_every_file_written()
    {
        var report = SampleReport.Create(checkOutput: $"pip: Looking in indexes: https://user:{Secret}@pypi.example/simple");

        await ReportWriter.WriteAsync(report, Path.Combine(directory, "out"), [Secret]);

        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain("s3cr3t-t0ken", text, StringComparison.Ordinal);
            Assert.True(Path.GetFileName(file) == "sizes.svg" || text.Contains(SecretMasker.Mask, StringComparison.Ordinal), file);
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
