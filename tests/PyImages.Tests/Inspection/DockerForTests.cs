using CliWrap;
using CliWrap.Buffered;

namespace PyImages.Tests.Inspection;

/// <summary>The docker CLI for integration tests; they fail when no engine answers unless PYIMAGES_SKIP_INTEGRATION=1.</summary>
internal static class DockerForTests
{
    public const string BaseImage = "pyimages/python-debootstrap:bookworm";

    public static async Task RequireEngineAsync()
    {
        var skip = Environment.GetEnvironmentVariable("PYIMAGES_SKIP_INTEGRATION") == "1";
        var answers = await RunAsync("version", "--format", "{{.Server.Version}}") is { ExitCode: 0 };
        Skip.If(!answers && skip, "No Docker engine answers and PYIMAGES_SKIP_INTEGRATION=1.");
        Assert.True(answers, "No Docker engine answers `docker version`; start one or set PYIMAGES_SKIP_INTEGRATION=1 to skip integration tests.");
    }

    public static async Task<string> CheckedAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"docker {string.Join(' ', arguments)} failed: {result.StandardError}");
        return result.StandardOutput;
    }

    public static async Task BuildAsync(string tag, string dockerfile)
    {
        var context = Directory.CreateTempSubdirectory("pyimages-build-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"), dockerfile);
            await CheckedAsync("build", "-q", "--label", $"{ImageLabels.Project}={ImageLabels.ProjectValue}", "-t", tag, context);
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }

    private static Task<BufferedCommandResult> RunAsync(params string[] arguments) =>
        Cli.Wrap("docker").WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
}
