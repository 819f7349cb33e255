using PyImages.Engine.Cli;
using PyImages.Pipeline;

namespace PyImages.Tests.Engine.Cli;

public class MissingCompilerMessageTests
{
    [Theory]
    [InlineData("break.classic.txt")]
    [InlineData("break.podman.txt")]
    [InlineData("break.buildkit.txt")]
    [InlineData("break.buildx.txt")]
    public void Finds_uWSGIs_own_message_in_every_builders_output(string sample)
    {
        Assert.Equal("Exception: you need a C compiler to build uWSGI", MissingCompilerMessage.Find(Sample.Lines(sample)));
    }

    [Theory]
    [InlineData("multistage.classic.txt")]
    [InlineData("multistage.podman.txt")]
    [InlineData("multistage.buildkit.txt")]
    [InlineData("multistage.buildx.txt")]
    public void A_compiler_that_ran_and_failed_is_not_a_missing_compiler(string sample)
    {
        Assert.Null(MissingCompilerMessage.Find(Sample.Lines(sample)));
    }

    [Theory]
    [InlineData("error: command 'x86_64-linux-gnu-gcc' failed: No such file or directory")]
    [InlineData("unable to execute 'gcc': No such file or directory")]
    [InlineData("/bin/sh: 1: gcc: not found")]
    [InlineData("error: can't find Rust compiler")]
    public void Recognises_build_backends_words_for_a_missing_compiler(string line)
    {
        Assert.NotNull(MissingCompilerMessage.Find(["Building wheel for x (setup.py): started", line]));
    }

    [Fact]
    public void Other_failures_are_not_taken_for_a_missing_compiler()
    {
        string[] output =
        [
            "ERROR: Could not find a version that satisfies the requirement uwsgi (from versions: none)",
            "ERROR: No matching distribution found for uwsgi",
        ];

        Assert.Null(MissingCompilerMessage.Find(output));
    }
}
