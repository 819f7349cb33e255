using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

public class EngineArgumentsTests
{
    private static readonly BuildRequest Build = new("ctx/Dockerfile.small", "ctx", "blog-python:small",
        new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue }, "logs/small.log", Target: "builder");

    [Fact]
    public void Build_passes_file_id_file_labels_target_and_context_last_and_tags_nothing()
    {
        var args = EngineArguments.Build(Build, "/tmp/iid", EngineBuilders.Buildah);

        Assert.Equal(["build", "-f", "ctx/Dockerfile.small", "--iidfile", "/tmp/iid", "--network", "host", "--label", "org.pyimages.project=pyimages", "--target", "builder", "ctx"], args);
        Assert.DoesNotContain("-t", args);
    }

    [Theory]
    [InlineData(EngineBuilders.Classic, false, "--force-rm")]
    [InlineData(EngineBuilders.BuildKit, false, "--progress=plain")]
    [InlineData(EngineBuilders.BuildKit, true, "--progress=plain")]
    [InlineData(EngineBuilders.BuildKit, true, "--load")]
    public void Build_adds_what_each_builder_needs(string builder, bool buildxFlags, string flag)
    {
        Assert.Contains(flag, EngineArguments.Build(Build, "t", builder, buildxFlags));
    }

    [Theory]
    [InlineData(EngineBuilders.BuildKit, false)]
    [InlineData(EngineBuilders.Classic, true)]
    [InlineData(EngineBuilders.Buildah, true)]
    public void Build_passes_buildx_flags_only_to_buildkit_through_a_client_that_takes_them(string builder, bool buildxFlags)
    {
        Assert.DoesNotContain("--load", EngineArguments.Build(Build, "t", builder, buildxFlags));
    }

    [Fact]
    public void Run_labels_and_names_the_container_and_passes_environment_names_only()
    {
        var request = new RunRequest("base", ["python3", "-V"], User: "1000", Entrypoint: "", Network: false,
            Environment: new Dictionary<string, string> { ["PIP_INDEX_URL"] = "https://user:token@example.invalid/simple" });

        var args = EngineArguments.Run(request, "pyimages-1");

        Assert.Equal(
            ["run", "--rm", "--name", "pyimages-1", "--network", "none", "--user", "1000", "--entrypoint", "", "-e", "PIP_INDEX_URL",
             "--label", "org.pyimages.project=pyimages", "--label", "org.pyimages.container=pyimages", "base", "python3", "-V"],
            args);
        Assert.DoesNotContain(args, a => a.Contains("token"));
    }

    [Fact]
    public void A_container_with_output_is_created_kept_for_the_copy_and_mounts_nothing_of_the_host()
    {
        var request = new RunRequest("base", ["true"], Output: new CopyOut("/pyimages-out", "/home/runner/sources"));

        var create = EngineArguments.Create(request, "pyimages-1");
        var copy = EngineArguments.CopyOut("pyimages-1", request.Output!);

        Assert.Equal(["create", "--name", "pyimages-1"], create.Take(3));
        Assert.DoesNotContain("--rm", create);
        Assert.DoesNotContain(create, a => a is "-v" or "--volume" or "--mount" || a.Contains("/home/runner"));
        Assert.Equal(["cp", "pyimages-1:/pyimages-out/.", "/home/runner/sources"], copy);
    }

    [Fact]
    public void Podman_runs_get_limits_every_host_accepts_and_docker_runs_keep_the_engines_defaults()
    {
        var request = new RunRequest("base", ["true"]);

        var podman = EngineArguments.Run(request, "pyimages-1", EngineKind.Podman);
        var docker = EngineArguments.Run(request, "pyimages-1", EngineKind.Docker);

        Assert.Contains("nofile=1024:1024", podman);
        Assert.DoesNotContain("--ulimit", docker);
    }
}
