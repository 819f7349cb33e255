using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Tests.Pipeline;

namespace PyImages.Tests.Engine.Cli;

public class BuildContainerTests
{
    [Fact]
    public void The_classic_builders_step_containers_are_read_from_its_output()
    {
        var ids = Sample.Lines("multistage.classic.txt").Select(BuildContainer.IdIn).OfType<string>().ToList();

        Assert.Equal(["8f25d3a55ca0", "3cfb84a7e39a"], ids.Take(2));
    }

    [Theory]
    [InlineData("multistage.buildkit.txt")]
    [InlineData("multistage.podman.txt")]
    [InlineData("break.buildkit.txt")]
    [InlineData("break.podman.txt")]
    public void BuildKit_and_Podman_name_no_step_container(string sample)
    {
        Assert.All(Sample.Lines(sample), line => Assert.Null(BuildContainer.IdIn(line)));
    }
}
