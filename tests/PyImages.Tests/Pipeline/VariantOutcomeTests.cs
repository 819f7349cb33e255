using PyImages.Engine;
using PyImages.Reporting;
using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

public sealed class VariantOutcomeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pyimages-outcome-").FullName;

    [Theory]
    [InlineData("break.classic.txt")]
    [InlineData("break.podman.txt")]
    [InlineData("break.buildkit.txt")]
    public void Break_that_fails_for_lack_of_a_compiler_is_the_expected_outcome(string sample)
    {
        var outcome = VariantOutcome.Judge("break", "blog-python:break", expectsMissingCompiler: true, Failed(sample));

        Assert.Equal(BuildOutcomeKind.FailedAsExpected, outcome.Status);
        Assert.True(outcome.IsSuccess);
        Assert.Equal("Exception: you need a C compiler to build uWSGI", outcome.Reason);
    }

    [Fact]
    public void Break_that_builds_fails_and_says_the_packages_need_no_compiler()
    {
        var outcome = VariantOutcome.Judge("break", "blog-python:break", expectsMissingCompiler: true, Succeeded());

        Assert.Equal(BuildOutcomeKind.Failed, outcome.Status);
        Assert.Contains("need none", outcome.Reason);
    }

    [Theory]
    [InlineData("multistage.classic.txt")]
    [InlineData("multistage.podman.txt")]
    [InlineData("multistage.buildkit.txt")]
    public void Break_that_fails_for_another_reason_fails_and_names_the_step(string sample)
    {
        var outcome = VariantOutcome.Judge("break", "blog-python:break", expectsMissingCompiler: true, Failed(sample));

        Assert.Equal(BuildOutcomeKind.Failed, outcome.Status);
        Assert.Contains("not for lack of a compiler", outcome.Reason);
        Assert.Contains("RUN echo \"compiling thing\"", outcome.Reason);
    }

    [Fact]
    public void A_failed_build_is_described_with_variant_step_last_lines_and_log()
    {
        var result = Failed("multistage.classic.txt");

        var message = VariantOutcome.Judge("small", "blog-python:small", expectsMissingCompiler: false, result).Describe();

        Assert.StartsWith("small (blog-python:small): the build failed at `RUN echo", message);
        Assert.Contains("  | gcc: fatal error: no input files", message);
        Assert.EndsWith($"Full log: {result.LogPath}", message);
        Assert.DoesNotContain("\u001b[", message);
    }

    private BuildResult Failed(string sample)
    {
        var log = Path.Combine(_directory, sample);
        var lines = Sample.Lines(sample);
        File.WriteAllLines(log, lines);
        return new BuildResult(1, null, lines.TakeLast(10).ToList(), log, TimeSpan.FromSeconds(3));
    }

    private BuildResult Succeeded() =>
        new(0, "sha256:abc", ["Successfully built abc"], Path.Combine(_directory, "ok.log"), TimeSpan.FromSeconds(3));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
