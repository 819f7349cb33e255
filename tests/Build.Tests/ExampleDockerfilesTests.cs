using System.Reflection;
using PyImages;
using PyImages.Templates;

namespace Build.Tests;

public sealed class ExampleDockerfilesTests
{
    private static readonly HostHints Hints =
        (HostHints)Repository.BuildType.GetProperty("Hints", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void Checked_in_examples_are_what_the_build_renders_now()
    {
        var problems = ExampleDockerfiles.RenderAll(Hints)
            .Select(example => GeneratedFile.Problem(Repository.Root / "docs" / "examples" / example.FileName, example.Text, Hints.Regenerate))
            .OfType<string>()
            .ToList();

        Assert.Empty(problems);
    }
}
