using PyImages.Engine.Cli;
using PyImages.Pipeline;

namespace PyImages.Tests.Engine.Cli;

public class BuildOutputTests
{
    private const string PipStep = "RUN python3 -m pip install --no-index --no-build-isolation --find-links /sources uwsgi";
    private const string FailingBuilderStep = """RUN echo "compiling thing" && sh -c 'echo "gcc: fatal error: no input files" >&2; exit 2'""";

    [Theory]
    [InlineData("break.classic.txt", PipStep)]
    [InlineData("break.podman.txt", PipStep)]
    [InlineData("break.buildkit.txt", "RUN '/usr/bin/python3' -m pip install --no-index --find-links /sources --no-build-isolation 'uwsgi'")]
    [InlineData("break.buildx.txt", "RUN /usr/local/bin/python3 -m pip install --no-index --no-build-isolation --find-links /sources uwsgi")]
    [InlineData("multistage.classic.txt", FailingBuilderStep)]
    [InlineData("multistage.podman.txt", FailingBuilderStep)]
    [InlineData("multistage.buildkit.txt", FailingBuilderStep)]
    [InlineData("multistage.buildx.txt", FailingBuilderStep)]
    public void Finds_the_step_that_failed_in_every_builders_output(string sample, string expectedStep)
    {
        Assert.Equal(expectedStep, BuildOutput.FailingStep(Sample.Lines(sample)));
    }

    [Fact]
    public void BuildKit_step_is_the_one_that_errored_not_the_last_one_started()
    {
        // buildx prints the other stage's step that it cancelled after the one that failed.
        var step = BuildOutput.FailingStep(Sample.Lines("multistage.buildx.txt"));

        Assert.DoesNotContain("COPY --from=builder", step);
    }

    [Theory]
    [InlineData("nostep.unknown-flag.txt")]
    [InlineData("nostep.buildx-missing.txt")]
    [InlineData("nostep.buildkit.txt")]
    [InlineData("nostep.classic.txt")]
    [InlineData("nostep.podman.txt")]
    public void No_step_in_output_that_never_reached_one(string sample)
    {
        Assert.Null(BuildOutput.FailingStep(Sample.Lines(sample)));
        Assert.Null(BuildOutput.FailingStep(["Cannot connect to the Docker daemon at unix:///var/run/docker.sock."]));
    }

    [Theory]
    [InlineData("\u001b[91m  ERROR: Failed building wheel for uwsgi", "  ERROR: Failed building wheel for uwsgi")]
    [InlineData("#7 1.405       Exception: you need a C compiler", "      Exception: you need a C compiler")]
    [InlineData("#7 ERROR: process \"/bin/sh -c x\" failed", "#7 ERROR: process \"/bin/sh -c x\" failed")]
    public void Clean_removes_colour_codes_and_BuildKit_timestamps_only(string raw, string expected)
    {
        Assert.Equal(expected, BuildOutput.Clean(raw));
    }
}
