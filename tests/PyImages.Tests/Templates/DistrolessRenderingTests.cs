using PyImages.Engine;
using PyImages.Engine.BaseImages;
using System.Text.Json;
using PyImages.Spec;
using PyImages.Templates;
using static PyImages.Tests.Templates.RenderFixtures;

namespace PyImages.Tests.Templates;

public class DistrolessRenderingTests
{
    private static string Render(BaseImageFacts facts, BuilderCapabilities? capabilities = null) =>
        new DockerfileRenderer().Render(ImageSpec.Default, facts, capabilities ?? BuilderCapabilities.Classic, Variant.Distroless);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_final_stage_is_scratch_with_the_staged_root_the_tree_on_the_paths_and_the_unprivileged_user(bool mounts)
    {
        var final = WithoutComments(FinalStage(Render(DebianWithoutHeaders, mounts ? BuilderCapabilities.WithRunMount : BuilderCapabilities.Classic)));

        Assert.StartsWith("\nFROM scratch\n", final);
        Assert.Contains($"COPY --from=builder {DockerfileLayout.DistrolessRoot} /", final);
        Assert.Contains($"PATH={DockerfileLayout.PackagesDirectory}/bin:", final);
        Assert.Contains($"PYTHONPATH={DockerfileLayout.PackagesDirectory}", final);
        Assert.Contains($"USER {ImageSpec.DefaultRuntimeUid}:{ImageSpec.DefaultRuntimeUid}", final);
        Assert.DoesNotContain("RUN", final);
    }

    [Fact]
    public void The_builder_stages_the_root_with_the_embedded_script_in_exec_form_after_installing_the_tree()
    {
        var builder = BuilderStage(Render(DebianWithoutHeaders));
        var run = builder.Split('\n').Single(line => line.StartsWith("RUN [", StringComparison.Ordinal));
        var arguments = JsonSerializer.Deserialize<string[]>(run["RUN ".Length..])!;

        Assert.Equal(DebianWithoutHeaders.PythonExecutable, arguments[0]);
        Assert.Equal("-c", arguments[1]);
        Assert.Equal(DistrolessRootCommand.Script, arguments[2]);
        Assert.Equal(["--root", DockerfileLayout.DistrolessRoot, "--tree", DockerfileLayout.PackagesDirectory, "--uid", "10001", "--user", "app", "--manifest", DockerfileLayout.DistrolessManifest],
            arguments[3..]);
        Assert.True(builder.IndexOf("RUN [", StringComparison.Ordinal) > builder.IndexOf($"--target {DockerfileLayout.PackagesDirectory}", StringComparison.Ordinal));
        Assert.DoesNotContain(DockerfileLayout.RuntimePackagesFile, builder);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Time_zone_data_is_asked_of_the_builder_only_when_the_parameter_is_set(bool timeZoneData)
    {
        var spec = ImageSpecFactory.Create(new ImageSpecInput(TimeZoneData: timeZoneData));
        var builder = BuilderStage(new DockerfileRenderer().Render(spec, DebianWithoutHeaders, BuilderCapabilities.Classic, Variant.Distroless));
        var run = builder.Split('\n').Single(line => line.StartsWith("RUN [", StringComparison.Ordinal));

        Assert.Equal(timeZoneData, JsonSerializer.Deserialize<string[]>(run["RUN ".Length..])!.Contains("--time-zone-data"));
    }

    [Fact]
    public void The_python_slim_layout_stages_with_its_own_interpreter()
    {
        var text = Render(ExampleDockerfiles.DefaultBaseFacts);

        Assert.Contains("RUN [\"/usr/local/bin/python3\", \"-c\",", text);
    }

    [Fact]
    public void An_alpine_base_is_refused_naming_the_base_and_what_to_do()
    {
        var error = Assert.Throws<PyImagesException>(() => Render(Alpine));

        Assert.Contains("'distroless' needs a Debian-family base", error.Message);
        Assert.Contains(Alpine.Reference, error.Message);
        Assert.Contains("leave 'distroless' out of the variants", error.Message);
    }
}
