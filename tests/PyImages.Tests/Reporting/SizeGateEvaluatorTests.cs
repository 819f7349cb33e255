using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class SizeGateEvaluatorTests
{
    private static readonly Report Report = SampleReport.Create();

    [Fact]
    public void A_size_over_the_limit_trips_with_the_image_the_limit_and_the_figure()
    {
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(["small=200MB"], null, null));

        var message = Assert.Single(SizeGateEvaluator.Violations(results));
        Assert.Equal("small image blog-python:small: size 245MB (245000000 bytes) is over the --max-size limit 200MB (200000000 bytes).", message);
    }

    [Fact]
    public void Sizes_within_their_limits_pass()
    {
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(["small=250MB,big=600MB"], ["small=20MB"], null));

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.True(result.Passed, result.Message));
    }

    [Fact]
    public void Size_over_base_and_efficiency_gates_trip_on_their_own_figures()
    {
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(null, ["small=10MB"], "90%"));

        Assert.Equal(
            [
                "big-uninstall image blog-python:big-uninstall: efficiency 61% is below the --min-efficiency limit 90%.",
                "small image blog-python:small: size over the base 12.1MB (12062818 bytes) is over the --max-over-base limit 10MB (10000000 bytes).",
            ],
            SizeGateEvaluator.Violations(results).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_limit_for_every_variant_skips_the_ones_not_built()
    {
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(["1GB"], null, null));

        Assert.Equal(["big", "big-uninstall", "small"], results.Select(result => result.Variant));
    }

    [Fact]
    public void No_gates_give_no_results()
    {
        Assert.Empty(SizeGateEvaluator.Evaluate(Report, SizeGates.None));
    }
}
