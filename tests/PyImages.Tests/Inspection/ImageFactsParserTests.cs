using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public sealed class ImageFactsParserTests
{
    [Fact]
    public void Docker_inspect_gives_id_tags_size_labels_and_layers()
    {
        var facts = ImageFactsParser.Parse(RecordedSamples.DockerInspect);

        Assert.Equal("sha256:6f8d85c409a74a175a8905c03d40f6559616639800f5bb397ebd48cdd45edfb1", facts.Id);
        Assert.Equal("6f8d85c409a7", facts.ShortId);
        Assert.Equal(["pyimages-sample:rs"], facts.RepoTags);
        Assert.Equal(232937182, facts.SizeBytes);
        Assert.Equal(ImageSizeAccounting.DockerContentBytes, facts.SizeAccounting);
        Assert.Equal("sample", facts.Labels["org.pyimages.variant"]);
        Assert.Equal(("amd64", "linux"), (facts.Architecture, facts.Os));
        Assert.Equal(["python3"], facts.Cmd);
        Assert.Empty(facts.Entrypoint);
        Assert.Contains("PIP_BREAK_SYSTEM_PACKAGES=1", facts.Env);
        Assert.Equal(3, facts.LayerDigests.Count);
        Assert.True(facts.RunsAsRoot);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 13, 59, 59, TimeSpan.Zero), facts.Created!.Value.AddTicks(-(facts.Created.Value.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public void Podman_inspect_of_the_same_image_gives_the_same_facts_but_says_its_size_counts_tar_bytes()
    {
        var docker = ImageFactsParser.Parse(RecordedSamples.DockerInspect);
        var podman = ImageFactsParser.Parse(RecordedSamples.PodmanInspect);

        Assert.Equal(docker.Id, podman.Id);
        Assert.Equal(docker.LayerDigests, podman.LayerDigests);
        Assert.Equal(docker.Labels, podman.Labels);
        Assert.Equal(["localhost/pyimages-sample:rs"], podman.RepoTags);
        Assert.Equal(241174431, podman.SizeBytes);
        Assert.Equal(ImageSizeAccounting.PodmanLayerTarBytes, podman.SizeAccounting);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("root", true)]
    [InlineData("0:0", true)]
    [InlineData("10001", false)]
    [InlineData("app:app", false)]
    public void A_user_other_than_root_is_told_apart(string user, bool root)
    {
        var facts = ImageFactsParser.Parse($$$"""[{"Id":"sha256:abc","Config":{"User":"{{{user}}}"}}]""");

        Assert.Equal(root, facts.RunsAsRoot);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("Error: No such image: nope")]
    public void Output_without_an_image_is_refused_with_the_text(string output)
    {
        var error = Assert.Throws<PyImagesException>(() => ImageFactsParser.Parse(output));

        Assert.Contains(output, error.Message, StringComparison.Ordinal);
    }
}
