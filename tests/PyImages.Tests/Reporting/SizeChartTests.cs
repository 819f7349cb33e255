using System.Xml.Linq;
using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class SizeChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_chart_is_valid_svg_with_a_base_bar_and_an_added_bar_per_built_variant()
    {
        var document = XDocument.Parse(SizeChart.RenderDocument(SampleReport.Create()));

        Assert.Equal(Svg + "svg", document.Root!.Name);
        var tooltips = document.Descendants(Svg + "rect").Select(rect => rect.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(
            ["big: base 233MB", "big: added 279MB", "big-uninstall: base 233MB", "big-uninstall: added 297MB", "small: base 233MB", "small: added 12.1MB"],
            tooltips);
        Assert.Contains(document.Descendants(Svg + "text"), text => text.Value == "245MB (+12.1MB over base)");
    }

    [Fact]
    public void Bars_are_proportional_to_size()
    {
        var rects = SizeChart.Render(SampleReport.Create()).Descendants(Svg + "rect").Select(rect => double.Parse(rect.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal((rects[2] + rects[3]) * 245.0 / 530.0, rects[4] + rects[5], precision: 0);
        Assert.Equal((rects[2] + rects[3]) * 512.0 / 530.0, rects[0] + rects[1], precision: 0);
    }

    [Fact]
    public void Names_with_markup_characters_are_escaped()
    {
        var report = SampleReport.Create();
        report = report with { Variants = [report.Variants[1] with { Repository = "a<b>&\"c" }] };

        var text = SizeChart.RenderDocument(report);

        Assert.Contains("a&lt;b&gt;&amp;\"c:big", text, StringComparison.Ordinal);
        Assert.Equal("a<b>&\"c:big", XDocument.Parse(text).Descendants(Svg + "text").ElementAt(1).Value);
    }
}
