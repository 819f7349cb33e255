using System.Text;

namespace PyImages.Reporting;

/// <summary>GitHub-flavoured Markdown: the table, the chart, verification results, layers and wasted bytes, size gates.</summary>
public static class MarkdownReportWriter
{
    /// <param name="chartFile">Relative path of the SVG chart to show, or null to leave it out (the step summary cannot show a local file).</param>
    public static string Render(Report report, string? chartFile)
    {
        var text = new StringBuilder();
        text.AppendLine("# PyImages report").AppendLine();
        text.AppendLine(Cell(ReportTable.EngineLine(report))).AppendLine();
        text.AppendLine((report.BaseImage.Bootstrapped ? "> **Warning:** " : string.Empty) + Cell(ReportTable.BaseImageLine(report))).AppendLine();
        AppendTable(text, ReportTable.Header, ReportTable.Rows(report));
        text.AppendLine();
        foreach (var line in ReportTable.Legend(report))
        {
            text.AppendLine("- " + Cell(line));
        }

        if (chartFile is not null)
        {
            text.AppendLine().AppendLine($"![Image sizes: base part and added part per variant]({chartFile})");
        }

        AppendSection(text, "Verification", null, ReportSections.CheckHeader, ReportSections.CheckRows(report));
        foreach (var variant in report.Variants.Where(variant => variant.Layers is not null))
        {
            AppendSection(text, $"Layers of {variant.Reference}", ReportSections.LayerLine(variant), ReportSections.LayerHeader, ReportSections.LayerRows(variant.Layers!));
            AppendSection(text, null, null, ReportSections.WastedFileHeader, ReportSections.WastedFileRows(variant.Layers!));
            AppendSection(text, $"Largest files of {variant.Reference}", null, ReportSections.LargestFileHeader, ReportSections.LargestFileRows(variant.Layers!));
        }

        AppendSection(text, "Size gates", null, ReportSections.GateHeader, ReportSections.GateRows(report));
        return text.ToString();
    }

    private static void AppendSection(StringBuilder text, string? heading, string? line, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (heading is not null && (rows.Count > 0 || line is not null))
        {
            text.AppendLine().AppendLine($"## {Cell(heading)}");
        }

        if (line is not null)
        {
            text.AppendLine().AppendLine(Cell(line));
        }

        if (rows.Count > 0)
        {
            text.AppendLine();
            AppendTable(text, header, rows);
        }
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        text.AppendLine("| " + string.Join(" | ", header.Select(Cell)) + " |");
        text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row.Select(cell => cell is ReportSections.FailedCheck or ReportSections.TrippedGate ? $"**{cell}**" : Cell(Excerpt(cell)))) + " |");
        }
    }

    /// <summary>Text that cannot break the table or inject HTML.</summary>
    private static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r", string.Empty, StringComparison.Ordinal)
        .Replace("\n", "<br>", StringComparison.Ordinal);

    private static string Excerpt(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
