using PyImages.Inspection;
using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

public class CleanSelectionTests
{
    private static ImageFacts Image(string[] tags, string? title) => new(
        "sha256:1", tags, null, 1, ImageSizeAccounting.DockerContentBytes,
        title is null
            ? new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue }
            : new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue, [ImageLabels.Title] = title },
        "amd64", "linux", "", [], [], [], []);

    [Theory]
    [InlineData("blog-python:small")]
    [InlineData("localhost/blog-python:small")]
    public void An_image_still_tagged_as_we_built_it_is_ours(string tag)
    {
        Assert.True(PyImagesRun.IsOurs(Image([tag], "blog-python:small")));
    }

    [Fact]
    public void A_superseded_build_of_ours_with_no_tag_left_is_ours()
    {
        Assert.True(PyImagesRun.IsOurs(Image([], "blog-python:small")));
    }

    [Fact]
    public void Someone_elses_image_built_FROM_ours_inherits_our_labels_but_is_not_ours()
    {
        Assert.False(PyImagesRun.IsOurs(Image(["myapp:1.0"], "blog-python:small")));
    }
}
