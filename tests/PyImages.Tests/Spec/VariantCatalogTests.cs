using PyImages.Spec;

namespace PyImages.Tests.Spec;

public class VariantCatalogTests
{
    [Fact]
    public void Describes_every_variant_once_with_the_recipes_tags()
    {
        Assert.Equal(Enum.GetValues<Variant>(), VariantCatalog.All.Select(v => v.Variant));
        Assert.Equal(["break", "big", "big-uninstall", "small", "minimal", "distroless"], VariantCatalog.All.Select(v => v.Tag));
        Assert.Equal([Variant.Break, Variant.Big, Variant.Uninstall, Variant.Small], VariantCatalog.All.Where(v => v.IsRecipe).Select(v => v.Variant));
    }

    [Fact]
    public void Only_break_fails_and_only_big_keeps_a_compiler()
    {
        Assert.Equal([Variant.Break], VariantCatalog.All.Where(v => v.ExpectBuildFailure).Select(v => v.Variant));
        Assert.Equal([Variant.Big], VariantCatalog.All.Where(v => v.ExpectCompiler).Select(v => v.Variant));
    }

    [Theory]
    [InlineData("small", Variant.Small)]
    [InlineData("MINIMAL", Variant.Minimal)]
    [InlineData("big-uninstall", Variant.Uninstall)]
    public void Parses_names_and_tags(string text, Variant expected)
    {
        Assert.True(VariantCatalog.TryParse(text, out var variant));
        Assert.Equal(expected, variant);
    }

    [Fact]
    public void Unknown_names_do_not_parse() => Assert.False(VariantCatalog.TryParse("tiny", out _));
}
