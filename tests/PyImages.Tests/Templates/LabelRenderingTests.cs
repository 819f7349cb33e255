using PyImages.Engine;
using PyImages.Spec;
using PyImages.Templates;
using static PyImages.Tests.Templates.RenderFixtures;

namespace PyImages.Tests.Templates;

public class LabelRenderingTests
{
    private static string Render(Variant variant, IReadOnlyDictionary<string, string>? labels) =>
        new DockerfileRenderer().Render(ImageSpec.Default, For(BaseFamily.Debian), BuilderCapabilities.Classic, variant, new RenderOptions(Labels: labels));

    [Theory]
    [InlineData(Variant.Big)]
    [InlineData(Variant.Minimal)]
    public void All_labels_go_into_one_LABEL_instruction_at_the_end(Variant variant)
    {
        var text = Render(variant, new Dictionary<string, string> { ["org.pyimages.project"] = "pyimages", ["org.pyimages.variant"] = "small" });

        Assert.Single(text.Split('\n'), line => line.StartsWith("LABEL ", StringComparison.Ordinal));
        Assert.EndsWith("LABEL \"org.pyimages.project\"=\"pyimages\" \\\n      \"org.pyimages.variant\"=\"small\"\n", text);
    }

    [Fact]
    public void Quotes_backslashes_and_dollars_in_label_values_stay_literal()
    {
        var text = Render(Variant.Small, new Dictionary<string, string> { ["description"] = "say \"hi\" to $HOME\\x" });

        Assert.Contains("\"description\"=\"say \\\"hi\\\" to \\$HOME\\\\x\"", text);
    }

    [Fact]
    public void A_label_with_a_line_break_is_refused()
    {
        var error = Assert.Throws<PyImagesException>(() => Render(Variant.Small, new Dictionary<string, string> { ["x"] = "a\nRUN rm -rf /" }));

        Assert.Contains("line break", error.Message);
    }

    [Fact]
    public void Without_labels_there_is_no_LABEL_instruction()
    {
        Assert.DoesNotContain("LABEL", Render(Variant.Small, null));
    }
}
