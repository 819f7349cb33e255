using PyImages.Spec;

namespace PyImages.Tests.Spec;

public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/README.md", false)]
    [InlineData("**/*.md", "docs/README.md", true)]
    [InlineData("/build", "build/out.o", true)]
    [InlineData("docs", "docs/a/b.txt", true)]
    [InlineData("d?cs", "docs", true)]
    [InlineData("tests/**", "tests/unit/test_a.py", true)]
    [InlineData("tests/**", "app.py", false)]
    [InlineData("# comment", "# comment", false)]
    public void Matches_as_docker_does(string pattern, string path, bool excluded)
    {
        Assert.Equal(excluded, DockerIgnore.Parse(pattern).Excludes(path));
    }

    [Fact]
    public void The_last_matching_rule_wins_so_an_exception_reincludes()
    {
        var ignore = DockerIgnore.Parse("*.md\n!KEEP.md\n");

        Assert.True(ignore.Excludes("README.md"));
        Assert.False(ignore.Excludes("KEEP.md"));
    }
}
