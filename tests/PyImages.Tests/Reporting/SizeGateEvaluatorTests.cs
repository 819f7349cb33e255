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
    public void Size_over_base_and_efficiency_gates_trip_on_their_own_figures_and_unanalysed_images_fail_the_efficiency_gate()
    {
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(null, ["small=10MB"], "90%"));

        var violations = SizeGateEvaluator.Violations(results);
        Assert.Contains("big-uninstall image blog-python:big-uninstall: efficiency 61% is below the --min-efficiency limit 90%.", violations);
        Assert.Contains("small image blog-python:small: size over the base 12.1MB (12062818 bytes) is over the --max-over-base limit 10MB (10000000 bytes).", violations);
        Assert.Contains(violations, v => v.StartsWith("big image blog-python:big: the --min-efficiency limit 90% has nothing to measure: its layers were not analysed", StringComparison.Ordinal));
        Assert.Equal(4, violations.Count);
    }

    [Fact]
    public void A_limit_for_every_variant_gates_the_images_there_are_and_fails_for_a_failed_build()
    {
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(["1GB"], null, null));

        Assert.Equal(["big", "big-uninstall", "small", "minimal"], results.Select(result => result.Variant));
        Assert.Equal(["minimal"], results.Where(result => !result.Passed).Select(result => result.Variant));
    }

    [Fact]
    public void A_gate_on_a_variant_that_was_not_built_fails_instead_of_passing_and_names_the_hosts_build()
    {
        var hints = new HostHints((variant, step) => $"make {variant} then {step}", "make examples");
        var results = SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(["minimal=1GB"], null, null), hints);

        var message = Assert.Single(SizeGateEvaluator.Violations(results));
        Assert.Contains("has nothing to measure: FAILED: pip wheel exited with 1", message);
        Assert.Contains("Run make Minimal then Report in this checkout", message);
    }

    [Fact]
    public void A_stale_image_is_not_measured_as_if_it_were_current()
    {
        var stale = Report with
        {
            Variants = [.. Report.Variants.Select(row => row.Variant == "small" ? row with { Outcome = BuildOutcome.Stale("the latest build failed") } : row)],
        };

        var results = SizeGateEvaluator.Evaluate(stale, SizeGateParser.Parse(["small=10GB"], null, null));

        var message = Assert.Single(SizeGateEvaluator.Violations(results));
        Assert.Contains("STALE: the latest build failed", message);
    }

    [Fact]
    public void Gates_fail_when_nothing_at_all_was_built()
    {
        var empty = Report with { Variants = [.. Report.Variants.Select(row => row with { SizeBytes = null, SizeOverBaseBytes = null, Outcome = BuildOutcome.NotBuilt() })] };

        var results = SizeGateEvaluator.Evaluate(empty, SizeGateParser.Parse(["1GB"], ["1GB"], "0.5"));

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.False(result.Passed));
        Assert.All(results, result => Assert.Contains("nothing to measure", result.Message));
    }

    [Fact]
    public void No_gates_give_no_results()
    {
        Assert.Empty(SizeGateEvaluator.Evaluate(Report, SizeGates.None));
    }

    [Fact]
    public void An_unanalysed_image_is_told_to_run_Analyze_for_the_efficiency_gate_and_a_missing_one_only_to_build()
    {
        var hints = new HostHints((variant, step) => $"make {variant} then {step}", "make examples");

        var violations = SizeGateEvaluator.Violations(SizeGateEvaluator.Evaluate(Report, SizeGateParser.Parse(null, null, "90%"), hints));

        Assert.Contains(violations, v => v.StartsWith("big image blog-python:big: the --min-efficiency limit 90%", StringComparison.Ordinal) && v.EndsWith("Run make Big then Analyze Report in this checkout, then the gate can pass.", StringComparison.Ordinal));
    }
}
