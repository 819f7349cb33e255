using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

public class MissingDependencyMessageTests
{
    [Fact]
    public void Names_the_dependency_pip_could_not_find_and_what_needs_it()
    {
        string[] output =
        [
            "Processing /sources/jinja2-3.1.2.tar.gz",
            "ERROR: Could not find a version that satisfies the requirement MarkupSafe>=2.0 (from jinja2) (from versions: none)",
            "ERROR: No matching distribution found for MarkupSafe>=2.0",
        ];

        var message = MissingDependencyMessage.Find(output);

        Assert.Equal("the requirement 'MarkupSafe>=2.0', which jinja2 needs, is not among the fetched sources. Without a package index only the "
            + "listed requirements are fetched, each by name: add 'MarkupSafe>=2.0' (pinned with ==) to the requirements", message);
    }

    [Fact]
    public void A_build_that_failed_otherwise_has_no_such_message()
    {
        Assert.Null(MissingDependencyMessage.Find(["error: command 'gcc' failed with exit status 1"]));
    }
}
