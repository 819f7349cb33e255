using PyImages.Inspection;
using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

public class ImageOwnershipTests
{
    private static readonly CheckoutIdentity Here = new("0123456789abcdef", "blog-python");
    private static readonly BuiltImage Built = new("small", "blog-python:small", "sha256:1", DateTimeOffset.UnixEpoch);

    private static ImageFacts Image(string id, Dictionary<string, string> labels) =>
        new(id, ["blog-python:small"], null, 1, ImageSizeAccounting.DockerContentBytes, labels, "amd64", "linux", "", [], [], [], []);

    private static Dictionary<string, string> Labels(string checkout = "0123456789abcdef", string repository = "blog-python") => new()
    {
        [ImageLabels.Project] = ImageLabels.ProjectValue,
        [ImageLabels.Checkout] = checkout,
        [ImageLabels.Repository] = repository,
    };

    [Fact]
    public void The_image_this_checkout_built_and_recorded_is_ours()
    {
        Assert.Null(ImageOwnership.WhyNotOurs(Image("sha256:1", Labels()), Here, Built));
    }

    [Fact]
    public void An_image_of_the_same_name_without_labels_is_not_ours()
    {
        Assert.Contains("no PyImages labels", ImageOwnership.WhyNotOurs(Image("sha256:1", []), Here, Built));
    }

    [Fact]
    public void Another_checkouts_build_of_the_same_repository_is_not_ours()
    {
        Assert.Contains("another checkout built it", ImageOwnership.WhyNotOurs(Image("sha256:2", Labels(checkout: "fedcba9876543210")), Here, Built));
    }

    [Fact]
    public void An_image_with_our_labels_but_another_id_is_not_the_one_we_recorded()
    {
        Assert.Contains("not the image this checkout's last successful build made", ImageOwnership.WhyNotOurs(Image("sha256:2", Labels()), Here, Built));
        Assert.Contains("no record", ImageOwnership.WhyNotOurs(Image("sha256:1", Labels()), Here, null));
    }

    [Fact]
    public void The_checkout_identity_is_stable_and_differs_between_checkouts()
    {
        Assert.Equal(CheckoutIdentity.For("/a/artifacts", "r").Id, CheckoutIdentity.For("/a/artifacts", "r").Id);
        Assert.NotEqual(CheckoutIdentity.For("/a/artifacts", "r").Id, CheckoutIdentity.For("/b/artifacts", "r").Id);
        Assert.Matches("^[0-9a-f]{16}$", CheckoutIdentity.For("/a/artifacts", "r").Id);
    }
}
