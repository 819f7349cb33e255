using System.Globalization;
using System.Xml.Linq;

namespace PyImages.Reporting;

/// <summary>An SVG bar chart: one bar per built variant, split into the base image's part and the part the variant adds.</summary>
public static class SizeChart
{
    private const int LabelWidth = 200;
    private const int BarWidth = 480;
    private const int ValueWidth = 200;
    private const int RowHeight = 34;
    private const int Top = 40;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Render(Report report)
    {
        var variants = report.Variants.Where(variant => variant.SizeBytes is not null).ToList();
        var largest = Math.Max(1, variants.Select(variant => variant.SizeBytes!.Value).DefaultIfEmpty(1).Max());
        var height = Top + (variants.Count * RowHeight) + 30;
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("width", LabelWidth + BarWidth + ValueWidth),
            new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {LabelWidth + BarWidth + ValueWidth} {height}"),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", 13),
            new XAttribute("role", "img"),
            new XElement(Svg + "title", "Image size per variant: base image part and added part"),
            Text(10, 22, "Image size per variant (grey: base image, blue: added by the variant)", "bold"));
        for (var index = 0; index < variants.Count; index++)
        {
            var variant = variants[index];
            var size = variant.SizeBytes!.Value;
            // An image smaller than the base cannot hold it (distroless starts from scratch): all of it is the variant's own.
            var basePart = variant.SizeOverBaseBytes < 0 ? 0 : Math.Clamp(size - (variant.SizeOverBaseBytes ?? 0), 0, size);
            var y = Top + (index * RowHeight);
            var baseWidth = Scale(basePart, largest);
            svg.Add(
                Text(10, y + 17, variant.Reference, null),
                Bar(LabelWidth, y, baseWidth, "#9e9e9e", $"{variant.Variant}: base {ReportText.Size(basePart)}"),
                Bar(LabelWidth + baseWidth, y, Scale(size, largest) - baseWidth, "#1e88e5", $"{variant.Variant}: added {ReportText.Size(size - basePart)}"),
                Text(LabelWidth + Scale(size, largest) + 6, y + 17, $"{ReportText.Size(size)} ({ReportText.SignedSize(variant.SizeOverBaseBytes)} over base)", null));
        }

        return svg;
    }

    /// <summary>The chart as a standalone .svg file's text.</summary>
    public static string RenderDocument(Report report) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine + Render(report);

    private static double Scale(long bytes, long largest) => Math.Round((double)bytes / largest * (BarWidth - 10), 1);

    private static XElement Bar(double x, int y, double width, string colour, string tooltip) => new(
        Svg + "rect",
        new XAttribute("x", Number(x)),
        new XAttribute("y", y + 4),
        new XAttribute("width", Number(Math.Max(0, width))),
        new XAttribute("height", RowHeight - 10),
        new XAttribute("fill", colour),
        new XElement(Svg + "title", tooltip));

    private static XElement Text(double x, int y, string content, string? weight)
    {
        var text = new XElement(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", y), content);
        if (weight is not null)
        {
            text.Add(new XAttribute("font-weight", weight));
        }

        return text;
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
