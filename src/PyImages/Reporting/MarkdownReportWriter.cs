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

        AppendVerification(text, report);
        AppendLayers(text, report);
        AppendGates(text, report);
        return text.ToString();
    }

    private static void AppendVerification(StringBuilder text, Report report)
    {
        var rows = report.Variants.SelectMany(variant => variant.Checks.Select(check => (IReadOnlyList<string>)
            [variant.Reference, check.Name, check.Passed ? "passed" : "**FAILED**", Excerpt(check.OutputExcerpt)])).ToList();
        if (rows.Count > 0)
        {
            text.AppendLine().AppendLine("## Verification").AppendLine();
            AppendTable(text, ["IMAGE", "CHECK", "RESULT", "OUTPUT"], rows);
        }
    }

    private static void AppendLayers(StringBuilder text, Report report)
    {
        foreach (var variant in report.Variants.Where(variant => variant.Layers is not null))
        {
            var layers = variant.Layers!;
            text.AppendLine().AppendLine($"## Layers of {Cell(variant.Reference)}").AppendLine();
            text.AppendLine($"{layers.LayerCount} layers, wasted {ReportText.Size(layers.WastedBytes)} ({layers.WastedBytes} bytes), efficiency {ReportText.Fraction(layers.Efficiency)}"
                + (variant.MinimalRatio is { } ratio ? $", size over base / installed size {ratio:0.00}." : ".")).AppendLine();
            AppendTable(text, ["LAYER", "SIZE", "WASTED", "FILES", "INSTRUCTION"], layers.TopLayers.Select(layer => (IReadOnlyList<string>)
                [layer.Index.ToString(), ReportText.Size(layer.SizeBytes), ReportText.Size(layer.WastedBytes), layer.FilesAdded.ToString(), Excerpt(layer.Instruction ?? ReportText.Missing)]).ToList());
            if (layers.TopWastedFiles.Count > 0)
            {
                text.AppendLine();
                AppendTable(text, ["WASTED FILE", "SIZE", "ADDED IN LAYER", "REMOVED IN LAYER"], layers.TopWastedFiles.Select(file => (IReadOnlyList<string>)
                    [file.Path, ReportText.Size(file.SizeBytes), file.AddedInLayer.ToString(), $"{file.RemovedInLayer} ({(file.Overwritten ? "overwritten" : "deleted")})"]).ToList());
            }
        }
    }

    private static void AppendGates(StringBuilder text, Report report)
    {
        if (report.Gates.Count > 0)
        {
            text.AppendLine().AppendLine("## Size gates").AppendLine();
            AppendTable(text, ["IMAGE", "GATE", "LIMIT", "FIGURE", "RESULT"], report.Gates.Select(gate => (IReadOnlyList<string>)
                [gate.Image, "--" + gate.Gate, gate.Limit, gate.Figure, gate.Passed ? "passed" : "**TRIPPED**"]).ToList());
        }
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        text.AppendLine("| " + string.Join(" | ", header.Select(Cell)) + " |");
        text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
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
