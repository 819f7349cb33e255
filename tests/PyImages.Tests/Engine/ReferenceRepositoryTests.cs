using PyImages.Engine;

namespace PyImages.Tests.Engine;

public class ReferenceRepositoryTests
{
    [Theory]
    [InlineData("blog-python:small", "blog-python")]
    [InlineData("registry:5000/team/app:1.0", "registry:5000/team/app")]
    [InlineData("registry:5000/team/app", "registry:5000/team/app")]
    [InlineData("app@sha256:abc", "app")]
    public void A_reference_s_repository_is_the_reference_without_its_tag_or_digest(string reference, string repository)
    {
        Assert.Equal(repository, ReferenceRepository.Of(reference));
    }
}
