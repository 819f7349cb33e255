using Spectre.Console;

namespace PyImages.Reporting;

/// <summary>The report on the console: a <c>docker images</c>-like table, gate results, a short legend.</summary>
public static class ConsoleReportWriter
{
    public static void Write(Report report, IAnsiConsole console, SecretMasker? masker = null)
    {
        masker ??= SecretMasker.None;
        report = masker.Apply(report);
        string Safe(string text) => Markup.Escape(masker.Apply(text));

        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in ReportTable.Header)
        {
            table.AddColumn(new TableColumn(Safe(column)) { NoWrap = column != "OUTCOME" });
        }

        foreach (var row in ReportTable.Rows(report))
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Markup(Safe(cell))).ToArray());
        }

        console.MarkupLine(Safe(ReportTable.EngineLine(report)));
        console.MarkupLine(report.BaseImage.Bootstrapped ? $"[yellow]{Safe(ReportTable.BaseImageLine(report))}[/]" : Safe(ReportTable.BaseImageLine(report)));
        console.Write(table);
        foreach (var variant in report.Variants.Where(variant => variant.Layers is not null))
        {
            console.MarkupLine(Safe($"{variant.Reference}: wasted {ReportText.Size(variant.Layers!.WastedBytes)}, efficiency {ReportText.Fraction(variant.Layers.Efficiency)}"
                + (variant.MinimalRatio is { } ratio ? $", size over base / installed size {ratio:0.00}" : string.Empty)));
        }

        foreach (var check in report.Variants.SelectMany(variant => variant.Checks.Where(check => !check.Passed && check.Required).Select(check => (variant, check))))
        {
            console.MarkupLine($"[red]{Safe($"{check.variant.Reference}: check failed: {check.check.Name}: {check.check.Detail}")}[/]");
        }

        foreach (var variant in report.Variants.Where(variant => variant.NotRunChecks is { Count: > 0 }))
        {
            console.MarkupLine($"[yellow]{Safe($"{variant.Reference}: {ReportSections.NotRun} ({ReportSections.NotRunDetail}): {string.Join(", ", variant.NotRunChecks!)}")}[/]");
        }

        foreach (var gate in report.Gates)
        {
            console.MarkupLine(gate.Passed ? Safe(gate.Message) : $"[red]{Safe(gate.Message)}[/]");
        }

        foreach (var line in ReportTable.Legend(report))
        {
            console.MarkupLine($"[grey]{Safe(line)}[/]");
        }
    }
}
