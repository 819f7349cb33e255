using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class SizeGateParserTests
{
    [Fact]
    public void Comma_lists_and_repeated_entries_give_one_limit_per_variant()
    {
        var gates = SizeGateParser.Parse(["small=200MB,minimal=150MB", "Big=1.5GB"], ["minimal = 20MiB"], "90%");

        Assert.Equal(200_000_000, gates.MaxSize["small"]);
        Assert.Equal(150_000_000, gates.MaxSize["minimal"]);
        Assert.Equal(1_500_000_000, gates.MaxSize["big"]);
        Assert.Equal(20 * 1024 * 1024, gates.MaxOverBase["minimal"]);
        Assert.Equal(0.9, gates.MinEfficiency);
    }

    [Fact]
    public void A_bare_size_applies_to_every_variant()
    {
        var limits = SizeGateParser.ParseLimits("max-size", ["300MB"]);

        Assert.Equal(300_000_000, limits[SizeGates.EveryVariant]);
    }

    [Fact]
    public void Nothing_given_means_no_gate()
    {
        Assert.True(SizeGateParser.Parse(null, [], " ").IsEmpty);
    }

    [Theory]
    [InlineData("0.9", 0.9)]
    [InlineData("90%", 0.9)]
    [InlineData("1", 1.0)]
    public void Efficiency_is_a_fraction_or_a_percentage(string text, double expected)
    {
        Assert.Equal(expected, SizeGateParser.ParseEfficiency(text)!.Value, precision: 9);
    }

    [Theory]
    [InlineData("small=")]
    [InlineData("small=big")]
    [InlineData("=200MB")]
    [InlineData("small=200 parsecs")]
    [InlineData("small=-5MB")]
    public void A_limit_that_does_not_parse_is_refused_naming_the_value_and_the_form(string value)
    {
        var error = Assert.Throws<PyImagesException>(() => SizeGateParser.ParseLimits("max-size", [value]));

        Assert.Contains($"\"{value}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-size small=200MB,minimal=150MB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150%")]
    [InlineData("1.5")]
    [InlineData("high")]
    public void An_efficiency_outside_zero_to_one_is_refused(string value)
    {
        var error = Assert.Throws<PyImagesException>(() => SizeGateParser.ParseEfficiency(value));

        Assert.Contains($"\"{value}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smal=1B", "'smal', which does not exist")]
    [InlineData("99999999999999999999999GB", "is too large")]
    [InlineData("small=5TB", "units B, kB, MB, GB, KiB, MiB, GiB")]
    [InlineData("small=1PB", "units B, kB, MB, GB, KiB, MiB, GiB")]
    public void Unknown_variants_undocumented_units_and_overflow_are_refused(string value, string expected)
    {
        var error = Assert.Throws<PyImagesException>(() => SizeGateParser.ParseLimits("max-size", [value]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_may_be_named_by_its_tag_and_is_stored_under_its_name()
    {
        var limits = SizeGateParser.ParseLimits("max-size", ["big-uninstall=1GB", "SMALL=2kB"]);

        Assert.Equal(1_000_000_000, limits["uninstall"]);
        Assert.Equal(2_000, limits["small"]);
    }
}
