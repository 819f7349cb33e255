using PyImages.Engine;
using PyImages.Spec;
using PyImages.Templates;

namespace PyImages.Tests.Templates;

public class TemplateErrorTests
{
    private static string RenderWith(Dictionary<string, string> templates) =>
        new DockerfileRenderer(new TemplateLoader(path => templates.GetValueOrDefault(path)))
            .Render(ImageSpec.Default, RenderFixtures.DebianWithoutHeaders, BuilderCapabilities.Classic, Variant.Big);

    [Fact]
    public void A_missing_variable_names_the_template_the_line_and_the_variable()
    {
        var exception = Assert.Throws<PyImagesException>(() => RenderWith(new()
        {
            ["single-stage.sbn"] = "FROM {{ base_image }}\n{{ include 'copy-sources' }}",
            ["partials/copy-sources.sbn"] = "# sources\n\nCOPY . {{ sources_folder }}\n",
        }));

        Assert.Contains("partials/copy-sources.sbn(3,", exception.Message);
        Assert.Contains("sources_folder", exception.Message);
        Assert.Contains("'big'", exception.Message);
    }

    [Fact]
    public void A_syntax_error_names_the_template_and_the_line()
    {
        var exception = Assert.Throws<PyImagesException>(() => RenderWith(new()
        {
            ["single-stage.sbn"] = "FROM {{ base_image }}\n\n{{ if install_build_deps }}\nRUN x\n",
        }));

        Assert.Contains("single-stage.sbn(", exception.Message);
    }

    [Fact]
    public void A_missing_partial_is_named()
    {
        var exception = Assert.Throws<PyImagesException>(() => RenderWith(new()
        {
            ["single-stage.sbn"] = "{{ include 'no-such-partial' }}",
        }));

        Assert.Contains("partials/no-such-partial.sbn", exception.Message);
    }
}
