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
        AppendSection(html, "Verification", null, ReportSections.CheckHeader, ReportSections.CheckRows(report));
        foreach (var variant in report.Variants.Where(variant => variant.Layers is not null))
        {
            AppendSection(html, $"Layers of {variant.Reference}", ReportSections.LayerLine(variant), ReportSections.LayerHeader, ReportSections.LayerRows(variant.Layers!));
            AppendSection(html, null, null, ReportSections.WastedFileHeader, ReportSections.WastedFileRows(variant.Layers!));
            AppendSection(html, $"Largest files of {variant.Reference}", null, ReportSections.LargestFileHeader, ReportSections.LargestFileRows(variant.Layers!));
        }

        AppendSection(html, "Size gates", null, ReportSections.GateHeader, ReportSections.GateRows(report));
        return html.AppendLine("</body></html>").ToString();
    }

    private static void AppendSection(StringBuilder html, string? heading, string? line, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (heading is not null && (rows.Count > 0 || line is not null))
        {
            html.AppendLine($"<h2>{Encode(heading)}</h2>");
        }

        if (line is not null)
        {
            html.AppendLine($"<p>{Encode(line)}</p>");
        }

        AppendTable(html, header, rows);
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
            html.AppendLine("<tr>" + string.Concat(row.Select(cell => cell is ReportSections.FailedCheck or ReportSections.TrippedGate || cell.StartsWith(ReportSections.FailedCheck + ":", StringComparison.Ordinal)
                ? $"<td class=\"failed\">{Encode(cell)}</td>"
                : $"<td>{Encode(cell)}</td>")) + "</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
