namespace PyImages.Reporting;

/// <summary>
/// Writes report.md, sizes.svg, report.html and report.json into a folder, each atomically, with secrets masked,
/// and appends the Markdown to the file named by GITHUB_STEP_SUMMARY when it is set.
/// </summary>
public static class ReportWriter
{
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";
    public const string ChartFileName = "sizes.svg";

    /// <param name="environment">Reads an environment variable; defaults to the process environment (tests inject their own).</param>
    public static async Task<ReportFiles> WriteAsync(
        Report report,
        string directory,
        IEnumerable<string>? secrets = null,
        Func<string, string?>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var masker = new SecretMasker(secrets);
        report = masker.Apply(report);
        environment ??= Environment.GetEnvironmentVariable;
        var files = new ReportFiles(
            Path.Combine(directory, "report.md"),
            Path.Combine(directory, ChartFileName),
            Path.Combine(directory, "report.html"),
            Path.Combine(directory, "report.json"),
            environment(StepSummaryVariable) is { Length: > 0 } summary ? summary : null);

        await AtomicFile.WriteAllTextAsync(files.Chart, masker.Apply(SizeChart.RenderDocument(report)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Markdown, masker.Apply(MarkdownReportWriter.Render(report, ChartFileName)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Html, masker.Apply(HtmlReportWriter.Render(report)), cancellationToken);
        await AtomicFile.WriteAllTextAsync(files.Json, masker.Apply(ReportJson.Serialize(report)), cancellationToken);
        if (files.StepSummary is not null)
        {
            await File.AppendAllTextAsync(files.StepSummary, masker.Apply(MarkdownReportWriter.Render(report, chartFile: null)) + Environment.NewLine, cancellationToken);
        }

        return files;
    }
}
