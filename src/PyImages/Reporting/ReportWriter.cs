namespace PyImages.Reporting;

/// <summary>
/// Writes report.md, sizes.svg, report.html, report.json and summary.md (the Markdown without the chart) into a folder,
/// each atomically, with secrets masked.
/// </summary>
public static class ReportWriter
{
    public const string ChartFileName = "sizes.svg";
    public const string SummaryFileName = "summary.md";

    public static async Task<ReportFiles> WriteAsync(
        Report report,
        string directory,
        IEnumerable<string>? secrets = null,
        CancellationToken cancellationToken = default)
    {
        var masker = new SecretMasker(secrets);
        report = masker.Apply(report);
        var files = new ReportFiles(
            Path.Combine(directory, "report.md"),
            Path.Combine(directory, ChartFileName),
            Path.Combine(directory, "report.html"),
            Path.Combine(directory, "report.json"),
            Path.Combine(directory, SummaryFileName));

        await AtomicFile.WriteAllTextAsync(files.Chart, masker.Apply(SizeChart.RenderDocument(report)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Markdown, masker.Apply(MarkdownReportWriter.Render(report, ChartFileName)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Html, masker.Apply(HtmlReportWriter.Render(report)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Json, masker.Apply(ReportJson.Serialize(report)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Summary, masker.Apply(MarkdownReportWriter.Render(report, chartFile: null)), cancellationToken);
        return files;
    }
}
