using PyImages.Inspection;
using PyImages.Reporting;
using PyImages.Verification;

namespace PyImages.Tests.Reporting;

/// <summary>A report as a full run fills it: the recipe's variants, one failed check, a layer analysis, a tripped gate.</summary>
internal static class SampleReport
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 29, 14, 0, 0, TimeSpan.Zero);

    public static Report Create(string checkOutput = "uwsgi: error while loading shared libraries: libpython3.11.so.1.0: cannot open shared object file") => new(
        Report.CurrentVersion,
        GeneratedAt,
        new EngineSummary("docker", "20.10.24", "classic", ImageSizeAccounting.DockerContentBytes),
        new BaseImageSummary("python:3.12-slim", "pyimages/python-debootstrap:bookworm", Bootstrapped: true, 232_937_182),
        [
            Row("break", null, BuildOutcome.FailedAsExpected("you need a C compiler to build uWSGI")),
            Row("big", 512_000_000, BuildOutcome.Succeeded, compiler: true),
            Row("big-uninstall", 530_000_000, BuildOutcome.Succeeded, compiler: false) with
            {
                Layers = new LayerAnalysisReport(
                    280_000_000,
                    0.61,
                    4,
                    [new LayerSummary(1, "RUN apt-get install -y gcc python3-dev", 280_000_000, 9000, 279_000_000)],
                    [new WastedFile("/usr/lib/gcc/x86_64-linux-gnu/12/cc1", 35_000_000, 1, 3, Overwritten: false)]),
            },
            Row("small", 245_000_000, BuildOutcome.Succeeded, compiler: false) with
            {
                Checks = [new VerificationCheck("uwsgi --version", false, Required: true, checkOutput), new VerificationCheck("import uwsgidecorators", true, Required: true, string.Empty)],
            },
            Row("minimal", null, BuildOutcome.Failed("pip wheel exited with 1")),
        ],
        [new SizeGateResult("max-size", "small", "blog-python:small", "200MB (200000000 bytes)", "245MB (245000000 bytes)", false, "small image blog-python:small: size 245MB (245000000 bytes) is over the --max-size limit 200MB (200000000 bytes).")]);

    private static VariantReport Row(string variant, long? size, BuildOutcome outcome, bool? compiler = null) => new(
        variant,
        "blog-python",
        variant,
        size is null ? null : "6f8d85c409a7",
        size is null ? null : GeneratedAt.AddMinutes(-5),
        size,
        size is { } bytes ? VariantFigures.SizeOverBase(bytes, 232_937_182) : null,
        size is { } value ? VariantFigures.ChangePercent(value, 512_000_000) : null,
        compiler,
        outcome,
        []);
}
