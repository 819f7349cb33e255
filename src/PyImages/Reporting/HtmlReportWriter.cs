using System.Net;
using System.Text;

namespace PyImages.Reporting;

/// <summary>One self-contained page: inline CSS, inline SVG chart, no external assets; every value HTML-encoded.</summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #212121; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #e0e0e0; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f5f5f5; }
        td.failed { color: #c62828; font-weight: bold; }
        .warning { background: #fff8e1; border-left: 4px solid #ffb300; padding: 0.5rem 1rem; }
        ul.legend { color: #616161; font-size: 0.85rem; }
        """;

    public static string Render(Report report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>PyImages report</title>");
        html.AppendLine($"<style>{Style}</style></head><body>");
        html.AppendLine("<h1>PyImages report</h1>");
        html.AppendLine($"<p>{Encode(ReportTable.EngineLine(report))}</p>");
        html.AppendLine($"<p{(report.BaseImage.Bootstrapped ? " class=\"warning\"" : string.Empty)}>{Encode(ReportTable.BaseImageLine(report))}</p>");
        AppendTable(html, ReportTable.Header, ReportTable.Rows(report));
        html.AppendLine("<ul class=\"legend\">" + string.Concat(ReportTable.Legend(report).Select(line => $"<li>{Encode(line)}</li>")) + "</ul>");
        html.AppendLine(SizeChart.Render(report).ToString());
        var checks = report.Variants.SelectMany(variant => variant.Checks.Select(check => (IReadOnlyList<string>)
            [variant.Reference, check.Name, check.Passed ? "passed" : "FAILED", check.OutputExcerpt])).ToList();
        if (checks.Count > 0)
        {
            html.AppendLine("<h2>Verification</h2>");
            AppendTable(html, ["IMAGE", "CHECK", "RESULT", "OUTPUT"], checks);
        }

        foreach (var variant in report.Variants.Where(variant => variant.Layers is not null))
        {
            var layers = variant.Layers!;
            html.AppendLine($"<h2>Layers of {Encode(variant.Reference)}</h2>");
            html.AppendLine($"<p>{layers.LayerCount} layers, wasted {Encode(ReportText.Size(layers.WastedBytes))} ({layers.WastedBytes} bytes), efficiency {Encode(ReportText.Fraction(layers.Efficiency))}.</p>");
            AppendTable(html, ["LAYER", "SIZE", "WASTED", "FILES", "INSTRUCTION"], layers.TopLayers.Select(layer => (IReadOnlyList<string>)
                [layer.Index.ToString(), ReportText.Size(layer.SizeBytes), ReportText.Size(layer.WastedBytes), layer.FilesAdded.ToString(), layer.Instruction ?? ReportText.Missing]).ToList());
            AppendTable(html, ["WASTED FILE", "SIZE", "ADDED IN LAYER", "REMOVED IN LAYER"], layers.TopWastedFiles.Select(file => (IReadOnlyList<string>)
                [file.Path, ReportText.Size(file.SizeBytes), file.AddedInLayer.ToString(), $"{file.RemovedInLayer} ({(file.Overwritten ? "overwritten" : "deleted")})"]).ToList());
        }

        if (report.Gates.Count > 0)
        {
            html.AppendLine("<h2>Size gates</h2>");
            AppendTable(html, ["IMAGE", "GATE", "LIMIT", "FIGURE", "RESULT"], report.Gates.Select(gate => (IReadOnlyList<string>)
                [gate.Image, "--" + gate.Gate, gate.Limit, gate.Figure, gate.Passed ? "passed" : "TRIPPED"]).ToList());
        }

        return html.AppendLine("</body></html>").ToString();
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.AppendLine("<table><thead><tr>" + string.Concat(header.Select(cell => $"<th>{Encode(cell)}</th>")) + "</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.AppendLine("<tr>" + string.Concat(row.Select(cell => cell is "FAILED" or "TRIPPED" || cell.StartsWith("FAILED:", StringComparison.Ordinal)
                ? $"<td class=\"failed\">{Encode(cell)}</td>"
                : $"<td>{Encode(cell)}</td>")) + "</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
