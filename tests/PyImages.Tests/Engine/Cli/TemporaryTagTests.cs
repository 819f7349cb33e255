using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

public class TemporaryTagTests
{
    [Theory]
    [InlineData("blog-python:small", "blog-python")]
    [InlineData("registry:5000/team/app:1.0", "registry:5000/team/app")]
    [InlineData("registry:5000/team/app", "registry:5000/team/app")]
    [InlineData("app@sha256:abc", "app")]
    public void Stays_in_the_repository_of_the_requested_tag(string tag, string repository)
    {
        Assert.Equal(repository, TemporaryTag.Repository(tag));
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(repository)}:tmp-[0-9a-f]{{32}}$", TemporaryTag.For(tag));
    }
}
