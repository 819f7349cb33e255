namespace PyImages.Reporting;

/// <param name="Summary">summary.md: the Markdown report without the chart, for pages that show Markdown but not the
/// report's other files (a CI job summary).</param>
public sealed record ReportFiles(string Markdown, string Chart, string Html, string Json, string Summary);
