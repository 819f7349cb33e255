using PyImages.Spec;

namespace PyImages.Tests.Spec;

public class ImageReferenceTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("python:3.12-slim", null, "python", "3.12-slim")]
    [InlineData("python", null, "python", null)]
    [InlineData("pyimages/python-debootstrap:bookworm", null, "pyimages/python-debootstrap", "bookworm")]
    [InlineData("localhost:5000/team/app:v1", "localhost:5000", "team/app", "v1")]
    [InlineData("registry.example.com/a__b/c-d.e:1.0_rc", "registry.example.com", "a__b/c-d.e", "1.0_rc")]
    [InlineData("ghcr.io/OWNER-is-host-only/x", null, null, null)]
    public void Parses_valid_references(string text, string? registry, string? path, string? tag)
    {
        var valid = ImageReference.TryParse(text, out var reference, out _);

        Assert.Equal(path is not null, valid);
        if (valid)
        {
            Assert.Equal((registry, path, tag), (reference!.Registry, reference.Path, reference.Tag));
            Assert.Equal(text, reference.ToString());
        }
    }

    [Fact]
    public void Accepts_a_digest()
    {
        var reference = ImageReference.Parse("python:3.12-slim@" + Digest);

        Assert.Equal(Digest, reference.Digest);
    }

    [Theory]
    [InlineData("Python:3.12", "lower case")]
    [InlineData("python:3.12 slim", "whitespace")]
    [InlineData("python;id", "shell")]
    [InlineData("python:$(id)", "shell")]
    [InlineData("python:`id`", "shell")]
    [InlineData("", "empty")]
    [InlineData("python:-bad", "grammar")]
    [InlineData("python@sha256:abc", "grammar")]
    [InlineData("python--:1", "grammar")]
    [InlineData("/python", "grammar")]
    public void Rejects_what_docker_would_refuse(string text, string reason)
    {
        var exception = Assert.Throws<PyImagesException>(() => ImageReference.Parse(text));

        Assert.Contains(reason, exception.Message);
        Assert.Contains("Allowed:", exception.Message);
    }

    [Fact]
    public void A_tag_longer_than_128_characters_is_refused()
    {
        Assert.True(ImageReference.TryParse("a:" + new string('t', 128), out _, out _));
        Assert.False(ImageReference.TryParse("a:" + new string('t', 129), out _, out _));
    }

    [Theory]
    [InlineData("blog-python")]
    [InlineData("localhost:5000/team/blog-python")]
    public void Repository_names_without_tag_are_accepted(string text) =>
        Assert.Equal(text, ImageReference.ParseRepository(text).ToString());

    [Theory]
    [InlineData("blog-python:small")]
    [InlineData("Blog-Python")]
    [InlineData("blog python")]
    public void Repository_names_docker_refuses_are_rejected(string text) =>
        Assert.Throws<PyImagesException>(() => ImageReference.ParseRepository(text));

    [Fact]
    public void WithTag_validates_the_tag()
    {
        var repository = ImageReference.ParseRepository("blog-python");

        Assert.Equal("blog-python:big-uninstall", repository.WithTag("big-uninstall").ToString());
        Assert.Throws<PyImagesException>(() => repository.WithTag("bad tag"));
    }
}
