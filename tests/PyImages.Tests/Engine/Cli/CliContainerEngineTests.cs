using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

public class CliContainerEngineTests
{
    private const string Hex = "628b9ea5d3b91ac95e54bea0f5bde605b27cb771531f259b24a25af5ebc0aa6a";

    [Theory]
    [InlineData(EngineKind.Podman, Hex)]
    [InlineData(EngineKind.Docker, "sha256:" + Hex)]
    public async Task A_build_reports_the_image_id_in_one_form_on_every_engine(EngineKind kind, string printedId)
    {
        var runner = new FakeProcessRunner(spec => spec.Arguments is ["build", "-f", ..] ? FakeProcessRunner.BuiltImage(spec, printedId + "\n") : null);
        var log = Path.Combine(Path.GetTempPath(), $"pyimages-build-{Guid.NewGuid():N}.log");
        try
        {
            var result = await new CliContainerEngine(kind, runner).BuildAsync(
                new BuildRequest("Dockerfile", ".", "blog-python:small", new Dictionary<string, string>(), log));

            Assert.Equal("sha256:" + Hex, result.ImageId);
            Assert.Contains($"{kind.ToString().ToLowerInvariant()} tag {printedId} blog-python:small", runner.Commands);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task A_build_uses_the_flags_of_the_builder_the_probe_confirmed_not_the_one_the_engine_claims()
    {
        // The engine claims BuildKit (buildx answers); the probe builds showed the classic builder.
        var runner = new FakeProcessRunner(spec => spec.Arguments switch
        {
            ["version", ..] => new ProcessResult(0, "24.0.7\n", ""),
            ["buildx", "version"] => new ProcessResult(0, "github.com/docker/buildx v0.11\n", ""),
            ["build", "-f", ..] => FakeProcessRunner.BuiltImage(spec, "sha256:" + Hex + "\n"),
            _ => null,
        });
        var log = Path.Combine(Path.GetTempPath(), $"pyimages-build-{Guid.NewGuid():N}.log");
        try
        {
            await new CliContainerEngine(EngineKind.Docker, runner).BuildAsync(
                new BuildRequest("Dockerfile", ".", "blog-python:small", new Dictionary<string, string>(), log, Builder: EngineBuilders.Classic));

            var build = Assert.Single(runner.Commands, c => c.StartsWith("docker build -f", StringComparison.Ordinal));
            Assert.Contains("--force-rm", build);
            Assert.DoesNotContain("--progress=plain", build);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task A_containers_environment_reaches_the_client_process_and_not_its_command_line_or_a_file()
    {
        var specs = new List<ProcessSpec>();
        var runner = new FakeProcessRunner(spec => { specs.Add(spec); return null; });

        await new CliContainerEngine(EngineKind.Docker, runner).RunAsync(new RunRequest("base", ["true"],
            Environment: new Dictionary<string, string> { ["PIP_INDEX_URL"] = "https://u:s3cret@example.invalid/simple" }));

        var run = Assert.Single(specs, s => s.Arguments[0] == "run");
        Assert.Equal("https://u:s3cret@example.invalid/simple", run.Environment!["PIP_INDEX_URL"]);
        Assert.DoesNotContain(run.Arguments, a => a.Contains("s3cret"));
        Assert.DoesNotContain("--env-file", run.Arguments);
    }

    [Fact]
    public async Task Every_container_carries_the_labels_of_whose_run_started_it_and_the_request_cannot_drop_them()
    {
        var specs = new List<ProcessSpec>();
        var runner = new FakeProcessRunner(spec => { specs.Add(spec); return null; });
        var owner = new CheckoutIdentity("0123456789abcdef", "blog-python");
        var client = EngineClient.Default(EngineKind.Docker) with { ContainerLabels = owner.ContainerLabels };

        await new CliContainerEngine(EngineKind.Docker, runner, client).RunAsync(new RunRequest("base", ["true"],
            Labels: new Dictionary<string, string> { ["purpose"] = "probe", [ImageLabels.RunBy] = "someone else" }));

        var run = Assert.Single(specs, s => s.Arguments[0] == "run");
        Assert.Contains($"{ImageLabels.RunBy}=0123456789abcdef blog-python", run.Arguments);
        Assert.Contains($"{ImageLabels.Checkout}=0123456789abcdef", run.Arguments);
        Assert.Contains($"{ImageLabels.Repository}=blog-python", run.Arguments);
        Assert.Contains("purpose=probe", run.Arguments);
        Assert.DoesNotContain($"{ImageLabels.RunBy}=someone else", run.Arguments);
    }

    [Theory]
    [InlineData("DOCKER_HOST")]
    [InlineData("PATH")]
    [InlineData("BAD NAME")]
    public async Task A_variable_the_client_would_act_on_itself_is_refused_without_echoing_its_value(string name)
    {
        var runner = new FakeProcessRunner();

        var error = await Assert.ThrowsAsync<PyImagesException>(() => new CliContainerEngine(EngineKind.Docker, runner)
            .RunAsync(new RunRequest("base", ["true"], Environment: new Dictionary<string, string> { [name] = "s3cret" })));

        Assert.Contains(name, error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.Empty(runner.Commands);
    }

    [Fact]
    public async Task A_run_with_output_creates_starts_copies_out_and_removes_its_container()
    {
        var runner = new FakeProcessRunner();
        var host = Path.Combine(Path.GetTempPath(), $"pyimages-out-{Guid.NewGuid():N}");
        try
        {
            var result = await new CliContainerEngine(EngineKind.Docker, runner).RunAsync(
                new RunRequest("base", ["true"], Output: new CopyOut("/pyimages-out", host)));

            Assert.True(result.Succeeded);
            Assert.Equal(["create", "start", "cp", "rm"], runner.Commands.Select(c => c.Split(' ')[1]));
            Assert.EndsWith($":/pyimages-out/. {host}", runner.Commands[2]);
            Assert.True(Directory.Exists(host));
        }
        finally
        {
            Directory.Delete(host, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BuildKit_gets_load_exactly_when_the_client_takes_buildx_flags(bool clientTakesLoad)
    {
        // Docker 20.10's own client reaches BuildKit with DOCKER_BUILDKIT=1 but has no buildx: "unknown flag: --load".
        var runner = new FakeProcessRunner(spec => spec.Arguments switch
        {
            ["version", ..] => new ProcessResult(0, "20.10.24|20.10.24\n", ""),
            ["buildx", "version"] => new ProcessResult(1, "", "docker: 'buildx' is not a docker command."),
            ["build", "--load", "--help"] => clientTakesLoad ? new ProcessResult(0, "Usage: docker buildx build", "") : new ProcessResult(125, "", "unknown flag: --load"),
            ["build", "-f", ..] => FakeProcessRunner.BuiltImage(spec, "sha256:" + Hex + "\n"),
            _ => null,
        });
        var log = Path.Combine(Path.GetTempPath(), $"pyimages-build-{Guid.NewGuid():N}.log");
        try
        {
            var engine = new CliContainerEngine(EngineKind.Docker, runner, EngineClient.Docker("docker", buildKit: true));
            var info = await engine.ProbeAsync();
            await engine.BuildAsync(new BuildRequest("Dockerfile", ".", "blog-python:small", new Dictionary<string, string>(), log, Builder: EngineBuilders.BuildKit));

            var build = Assert.Single(runner.Commands, c => c.StartsWith("docker build -f", StringComparison.Ordinal));
            Assert.Contains("--progress=plain", build);
            Assert.Equal(clientTakesLoad, build.Contains("--load", StringComparison.Ordinal));
            Assert.Equal(clientTakesLoad, info!.BuildxFlags);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task A_failed_container_has_nothing_copied_out_and_is_removed_all_the_same()
    {
        var runner = new FakeProcessRunner(spec => spec.Arguments[0] == "start" ? new ProcessResult(1, "", "ERROR: no such package") : null);

        var result = await new CliContainerEngine(EngineKind.Docker, runner).RunAsync(
            new RunRequest("base", ["false"], Output: new CopyOut("/pyimages-out", "/nonexistent/never-created")));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such package", result.StandardError);
        Assert.Equal(["create", "start", "rm"], runner.Commands.Select(c => c.Split(' ')[1]));
    }

    [Fact]
    public void Env_files_that_earlier_versions_left_in_the_temp_folder_are_removed()
    {
        var temp = Directory.CreateTempSubdirectory("pyimages-leftover-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(temp, $"pyimages-env-{Guid.NewGuid():N}"), "PIP_INDEX_URL=https://u:s3cret@example.invalid/simple\n");
            File.WriteAllText(Path.Combine(temp, "someone-elses-file"), "kept");

            Assert.Equal(1, LeftoverEnvFiles.Remove(temp));
            Assert.Equal(["someone-elses-file"], Directory.GetFiles(temp).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public async Task Every_command_runs_through_the_client_given_with_its_own_variables()
    {
        var specs = new List<ProcessSpec>();
        var runner = new FakeProcessRunner(spec =>
        {
            specs.Add(spec);
            return spec.Arguments is ["version", ..] ? new ProcessResult(0, "20.10.24|20.10.24\n", "") : null;
        });
        var engine = new CliContainerEngine(EngineKind.Docker, runner, EngineClient.Docker("/opt/docker-20.10/docker", buildKit: true));

        var info = await engine.ProbeAsync();
        await engine.ImageExistsAsync("base:1");

        Assert.All(specs, spec => Assert.Equal(("/opt/docker-20.10/docker", "1"), (spec.Executable, spec.Environment?["DOCKER_BUILDKIT"])));
        Assert.Equal("/opt/docker-20.10/docker 20.10.24, DOCKER_BUILDKIT=1", info!.Client);
        Assert.Equal("1", engine.Client.Variable(EngineClient.DockerBuildKitVariable));
    }

    [Fact]
    public void A_client_of_one_engine_is_refused_for_the_other()
    {
        Assert.Throws<ArgumentException>(() => new CliContainerEngine(EngineKind.Podman, client: EngineClient.Docker("docker", buildKit: true)));
    }
}
