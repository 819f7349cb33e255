using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Tests.Engine.Cli;

namespace PyImages.Tests.Pipeline;

public sealed class VariantOutcomeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pyimages-outcome-").FullName;

    [Theory]
    [InlineData("break.classic.txt")]
    [InlineData("break.podman.txt")]
    [InlineData("break.buildkit.txt")]
    [InlineData("break.buildx.txt")]
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
    [InlineData("multistage.buildx.txt")]
    public void Break_that_fails_for_another_reason_fails_and_names_the_step(string sample)
    {
        var outcome = VariantOutcome.Judge("break", "blog-python:break", expectsMissingCompiler: true, Failed(sample));

        Assert.Equal(BuildOutcomeKind.Failed, outcome.Status);
        Assert.Contains("not for lack of a compiler", outcome.Reason);
        Assert.Contains("RUN echo \"compiling thing\"", outcome.Reason);
    }

    [Theory]
    [InlineData("break.classic.txt")]
    [InlineData("break.buildkit.txt")]
    [InlineData("break.buildx.txt")]
    [InlineData("break.podman.txt")]
    public void A_variant_that_fails_for_lack_of_a_compiler_says_so_in_its_reason_whatever_the_tail_shows(string sample)
    {
        var outcome = VariantOutcome.Judge("big", "blog-python:big", expectsMissingCompiler: false, Failed(sample));

        Assert.Equal(BuildOutcomeKind.Failed, outcome.Status);
        Assert.EndsWith("; the package says: Exception: you need a C compiler to build uWSGI", outcome.Reason);
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

    [Theory]
    [InlineData("nostep.unknown-flag.txt", 125, "unknown flag: --load")]
    [InlineData("nostep.buildx-missing.txt", 1, "ERROR: BuildKit is enabled but the buildx component is missing or broken.")]
    [InlineData("nostep.buildkit.txt", 1, "failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 1: unknown instruction: FROMM")]
    [InlineData("nostep.classic.txt", 1, "Error response from daemon: dockerfile parse error line 1: unknown instruction: FROMM")]
    [InlineData("nostep.podman.txt", 125, "Error: no FROM statement found")]
    public void A_build_refused_before_any_step_says_so_in_the_clients_own_words(string sample, int exitCode, string said)
    {
        // As the engine logs it: the command first, the verdict last.
        var log = Path.Combine(_directory, sample);
        File.WriteAllLines(log, ["$ docker build -f Dockerfile.break -t blog-python:tmp-1 --progress=plain --load sources", .. Sample.Lines(sample), $"build failed: exit code {exitCode}"]);
        var result = new BuildResult(exitCode, null, File.ReadAllLines(log), log, TimeSpan.FromSeconds(1));

        var outcome = VariantOutcome.Judge("break", "blog-python:break", expectsMissingCompiler: true, result);

        Assert.Equal(BuildOutcomeKind.Failed, outcome.Status);
        Assert.Equal($"the build stopped before any Dockerfile step ran (exit code {exitCode}): {said}", outcome.Reason);
        Assert.Contains($"  | {said}", outcome.Describe());
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
