namespace PyImages.Reporting;

/// <param name="StepSummary">The GitHub step summary file appended to, or null.</param>
public sealed record ReportFiles(string Markdown, string Chart, string Html, string Json, string? StepSummary);
