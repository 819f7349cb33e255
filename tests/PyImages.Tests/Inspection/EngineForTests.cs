using CliWrap;
using CliWrap.Buffered;
using PyImages.Engine;

namespace PyImages.Tests.Inspection;

/// <summary>An engine CLI (docker or podman) for integration tests; they fail when it does not answer unless PYIMAGES_SKIP_INTEGRATION=1.</summary>
internal sealed class EngineForTests(string executable)
{
    public const string BaseImage = "pyimages/python-debootstrap:bookworm";

    public string Executable { get; } = executable;

    public async Task RequireAsync()
    {
        var skip = Environment.GetEnvironmentVariable("PYIMAGES_SKIP_INTEGRATION") == "1";
        var answers = await RunAsync("version") is { ExitCode: 0 };
        Skip.If(!answers && skip, $"No {Executable} engine answers and PYIMAGES_SKIP_INTEGRATION=1.");
        Assert.True(answers, $"No {Executable} engine answers `{Executable} version`; start one or set PYIMAGES_SKIP_INTEGRATION=1 to skip integration tests.");
    }

    /// <summary>
    /// The base as the build gets it: present, else bootstrapped (one process at a time; on a new machine the first
    /// test to ask pays the minute). Podman keeps its own images: it copies the base from Docker when Docker has it.
    /// </summary>
    public async Task EnsureBaseImageAsync()
    {
        var kind = Executable == "podman" ? EngineKind.Podman : EngineKind.Docker;
        if (kind == EngineKind.Podman && await RunAsync("image", "exists", BaseImage) is not { ExitCode: 0 }
            && await Cli.Wrap("docker").WithArguments(["image", "inspect", BaseImage]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync() is { ExitCode: 0 })
        {
            var load = await (Cli.Wrap("docker").WithArguments(["save", BaseImage]) | Cli.Wrap(Executable).WithArguments(["load"]))
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            Assert.True(load.ExitCode == 0, $"Could not copy {BaseImage} from docker to {Executable}: {load.StandardError}");
        }

        var work = Directory.CreateTempSubdirectory("pyimages-base-").FullName;
        await new BaseImageProvider().EnsureAsync(new CliContainerEngine(kind), BaseImage, allowBootstrap: true, work, CancellationToken.None);
    }

    public async Task<string> CheckedAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"{Executable} {string.Join(' ', arguments)} failed: {result.StandardError}");
        return result.StandardOutput;
    }

    public async Task BuildAsync(string tag, string dockerfile)
    {
        var context = Directory.CreateTempSubdirectory("pyimages-build-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"), dockerfile);
            await CheckedAsync("build", "-q", "--network", "host", "--label", $"{ImageLabels.Project}={ImageLabels.ProjectValue}", "-t", tag, context);
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }

    private Task<BufferedCommandResult> RunAsync(params string[] arguments) =>
        Cli.Wrap(Executable).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
}
