using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Reporting;

namespace PyImages.Tests.Pipeline;

public sealed class EngineStoppedTests
{
    private static readonly BuildResult ClientLostTheEngine = new(
        1,
        null,
        ["Step 5/6 : RUN '/usr/bin/python3' -m pip install 'uwsgi'", " ---> Running in 1a0225af474a", "unexpected EOF"],
        "/nonexistent/break.log",
        TimeSpan.FromSeconds(3));

    [Fact]
    public void A_build_cut_short_by_the_engine_fails_even_where_a_failure_was_expected_and_says_to_start_the_engine()
    {
        var judged = VariantOutcome.Judge("break", "blog-python:break", expectsMissingCompiler: true, ClientLostTheEngine);

        var outcome = judged.EngineStopped();

        Assert.Equal(BuildOutcomeKind.Failed, outcome.Status);
        Assert.False(outcome.IsSuccess);
        Assert.Contains("container engine stopped answering", outcome.Describe());
        Assert.Contains("RUN '/usr/bin/python3' -m pip install 'uwsgi'", outcome.Describe());
        Assert.Contains("nothing was tagged", outcome.Describe());
        Assert.Contains("unexpected EOF", outcome.Describe());
    }
}
