using PyImages.Inspection;
using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

public class CleanSelectionTests
{
    private static readonly CheckoutIdentity Owner = new("0123456789abcdef", "blog-python");

    private static ImageFacts Image(string id, string[] tags, string? title, string? repository = "blog-python")
    {
        var labels = new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue, [ImageLabels.Checkout] = Owner.Id };
        if (title is not null)
            labels[ImageLabels.Title] = title;
        if (repository is not null)
            labels[ImageLabels.Repository] = repository;
        return new(id, tags, null, 1, ImageSizeAccounting.DockerContentBytes, labels, "amd64", "linux", "", [], [], [], []);
    }

    [Theory]
    [InlineData("blog-python:small")]
    [InlineData("localhost/blog-python:small")]
    public void An_image_still_tagged_as_we_built_it_is_ours(string tag)
    {
        Assert.Null(CleanSelection.WhyKept(Image("sha256:1", [tag], "blog-python:small"), Owner, []));
    }

    [Fact]
    public void A_superseded_build_recorded_here_is_ours_and_an_unrecorded_untagged_one_is_not()
    {
        Assert.Null(CleanSelection.WhyKept(Image("sha256:1", [], "blog-python:small"), Owner, ["sha256:1"]));
        Assert.NotNull(CleanSelection.WhyKept(Image("sha256:2", [], "blog-python:small"), Owner, ["sha256:1"]));
    }

    [Fact]
    public void Someone_elses_image_built_FROM_ours_inherits_our_labels_but_is_not_ours()
    {
        Assert.Contains("FROM", CleanSelection.WhyKept(Image("sha256:2", ["myapp:1.0"], "blog-python:small"), Owner, ["sha256:1"]));
    }

    [Fact]
    public void An_image_built_here_for_another_repository_stays_naming_it()
    {
        Assert.Contains("Clean --repository other", CleanSelection.WhyKept(Image("sha256:1", ["other:small"], "other:small", "other"), Owner, ["sha256:1"]));
    }

    [Fact]
    public void Only_tags_in_our_repository_are_removed()
    {
        Assert.Equal(["blog-python:small"], CleanSelection.OurTags(Image("sha256:1", ["blog-python:small", "myapp:1.0"], "blog-python:small"), Owner));
    }
}
