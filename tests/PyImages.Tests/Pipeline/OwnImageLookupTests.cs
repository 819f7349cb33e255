using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Tests.Engine;

namespace PyImages.Tests.Pipeline;

public sealed class OwnImageLookupTests
{
    private static readonly CheckoutIdentity Here = new("0123456789abcdef", "blog-python");

    private static ImageFacts Image(string id, long size, string checkout = "0123456789abcdef") =>
        new(id, ["blog-python:small"], null, size, ImageSizeAccounting.DockerContentBytes,
            new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue, [ImageLabels.Checkout] = checkout, [ImageLabels.Repository] = "blog-python" },
            "amd64", "linux", "", [], [], [], []);

    private static string InspectJson(string id, long size, string checkout) => System.Text.Json.JsonSerializer.Serialize(new[]
    {
        new
        {
            Id = id,
            RepoTags = new[] { "blog-python:small" },
            Size = size,
            Config = new { Labels = new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue, [ImageLabels.Checkout] = checkout, [ImageLabels.Repository] = "blog-python" } },
        },
    });

    private static readonly BuiltImage Built = new("small", "blog-python:small", "sha256:1", DateTimeOffset.UnixEpoch, Image("sha256:1", 42));

    [Fact]
    public async Task The_image_the_build_recorded_is_taken_from_the_record_without_inspecting_it_again()
    {
        // The fake fails the test when asked to inspect.
        var engine = new FakeEngine(imageId: _ => "sha256:1");

        var own = await OwnImageLookup.FindAsync(engine, "blog-python:small", Here, Built, CancellationToken.None);

        Assert.Equal(42, own.Image!.SizeBytes);
        Assert.Same(Built, own.Built);
        Assert.Null(own.NotOurs);
    }

    [Fact]
    public async Task Another_image_under_the_tag_is_inspected_and_named_as_not_ours()
    {
        var inspected = new FakeEngine(
            imageId: _ => "sha256:2",
            inspect: _ => InspectJson("sha256:2", 7, "fedcba9876543210"));

        var own = await OwnImageLookup.FindAsync(inspected, "blog-python:small", Here, Built, CancellationToken.None);

        Assert.Null(own.Image);
        Assert.Contains("blog-python:small is on the engine, but another checkout built it", own.NotOurs);
    }

    [Fact]
    public async Task No_image_under_the_tag_is_no_image_and_no_complaint()
    {
        var own = await OwnImageLookup.FindAsync(new FakeEngine(imageId: _ => null), "blog-python:small", Here, Built, CancellationToken.None);

        Assert.Equal(OwnImage.None, own);
    }

    [Fact]
    public async Task A_record_of_an_older_run_without_facts_is_completed_by_one_inspect()
    {
        var engine = new FakeEngine(
            imageId: _ => "sha256:1",
            inspect: _ => InspectJson("sha256:1", 9, Here.Id));

        var own = await OwnImageLookup.FindAsync(engine, "blog-python:small", Here, Built with { Image = null }, CancellationToken.None);

        Assert.Equal(9, own.Image!.SizeBytes);
    }
}
