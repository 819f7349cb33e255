using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>The report from the values the steps left, without an engine.</summary>
public class ReportAssemblyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly EngineSummary Engine = new("Docker", "20.10.24", EngineBuilders.Classic, ImageSizeAccounting.DockerContentBytes);
    private static readonly BaseImageSummary Base = new("python:3.12-slim", "python:3.12-slim", Bootstrapped: false, 100_000_000);

    private static ImageFacts Image(long size) =>
        new("sha256:" + new string('a', 64), [], Now.AddMinutes(-1), size, ImageSizeAccounting.DockerContentBytes, new Dictionary<string, string>(), "amd64", "linux", "", [], [], [], []);

    private static VariantOutcome Outcome(Variant variant, BuildOutcomeKind status, string reason = "") =>
        new(VariantCatalog.Get(variant).Name, ImageSpec.Default.ImageFor(variant).ToString(), status, null, reason, null, [], "build.log", TimeSpan.Zero);

    private static VariantMeasurements Measured(Variant variant, BuildOutcomeKind status, long? size = null, string reason = "", VerificationResult? verification = null) => new(
        VariantCatalog.Get(variant),
        ImageSpec.Default.ImageFor(variant),
        Outcome(variant, status, reason),
        size is { } bytes ? Image(bytes) : null,
        size is null ? null : new BuiltImage(VariantCatalog.Get(variant).Name, ImageSpec.Default.ImageFor(variant).ToString(), "sha256:1", Now.AddHours(-1)),
        Verification: verification);

    private static Report Assemble(params VariantMeasurements[] variants) =>
        ReportAssembly.Build(Now, Engine, Base, variants, SizeGates.None);

    [Fact]
    public void Figures_are_against_the_base_and_the_big_image_of_this_report()
    {
        var report = Assemble(Measured(Variant.Big, BuildOutcomeKind.Succeeded, 500_000_000), Measured(Variant.Small, BuildOutcomeKind.Succeeded, 250_000_000));

        var small = report.Variants[1];
        Assert.Equal((150_000_000L, -50.0), (small.SizeOverBaseBytes, small.ChangeVersusBigPercent));
        Assert.Equal(Now, report.GeneratedAt);
    }

    [Fact]
    public void A_variant_that_failed_as_meant_or_was_never_built_has_no_figures()
    {
        var report = Assemble(
            Measured(Variant.Break, BuildOutcomeKind.FailedAsExpected, reason: "you need a C compiler"),
            new VariantMeasurements(VariantCatalog.Get(Variant.Minimal), ImageSpec.Default.ImageFor(Variant.Minimal), null, NotOurs: "another checkout built it"));

        Assert.Equal(BuildOutcomeKind.FailedAsExpected, report.Variants[0].Outcome.Kind);
        Assert.Equal(BuildOutcomeKind.NotBuilt, report.Variants[1].Outcome.Kind);
        Assert.Contains("another checkout built it", report.Variants[1].Outcome.ToString());
        Assert.All(report.Variants, row => Assert.Null(row.SizeBytes));
    }

    [Fact]
    public void An_image_whose_latest_build_failed_is_shown_as_stale_with_when_it_was_built()
    {
        var report = Assemble(Measured(Variant.Small, BuildOutcomeKind.Failed, 250_000_000, reason: "pip wheel exited with 1"));

        var row = Assert.Single(report.Variants);
        Assert.Equal(BuildOutcomeKind.Stale, row.Outcome.Kind);
        Assert.Contains("pip wheel exited with 1", row.Outcome.ToString());
        Assert.Contains(Now.AddHours(-1).ToString("yyyy-MM-dd HH:mm"), row.Outcome.ToString());
    }

    [Fact]
    public void What_verify_recorded_reaches_the_row_and_the_gates_are_evaluated()
    {
        var verification = new VerificationResult("blog-python:small", "small", [new VerificationCheck("import uwsgi", true, true, "")], new VerificationFacts("3.11.2", 0, ["gcc"], []));

        var report = ReportAssembly.Build(
            Now, Engine, Base, [Measured(Variant.Small, BuildOutcomeKind.Succeeded, 250_000_000, verification: verification)], SizeGateParser.Parse(["small=200MB"], null, null));

        var row = Assert.Single(report.Variants);
        Assert.Equal(true, row.CompilerPresent);
        Assert.Equal("import uwsgi", Assert.Single(row.Checks).Name);
        Assert.False(Assert.Single(report.Gates).Passed);
    }

    [Fact]
    public void Checks_left_out_by_the_selection_reach_the_row_as_not_run_and_never_as_passed()
    {
        var verification = new VerificationResult("blog-python:minimal", "minimal", [new VerificationCheck(CheckNames.Http, true, true, "GET / on port 8080: 200 OK")], null,
            NotRun: [CheckNames.Import, CheckNames.SharedLibraries]);

        var report = ReportAssembly.Build(
            Now, Engine, Base, [Measured(Variant.Minimal, BuildOutcomeKind.Succeeded, 150_000_000, verification: verification)], SizeGateParser.Parse(null, null, null));

        var row = Assert.Single(report.Variants);
        Assert.Equal([CheckNames.Http], row.Checks.Select(check => check.Name));
        Assert.Equal([CheckNames.Import, CheckNames.SharedLibraries], row.NotRunChecks!);
        Assert.Null(row.CompilerPresent);
    }
}
