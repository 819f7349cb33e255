using CliWrap;
using CliWrap.Buffered;
using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Inspection;

/// <summary>
/// One engine (docker or podman), reached the way the build reaches it, for integration tests
/// that build small images of their own; like every integration test they fail when the engine does not answer,
/// and skip only with PYIMAGES_SKIP_INTEGRATION=1 (<see cref="IntegrationGuard"/>).
/// </summary>
internal sealed class EngineForTests(string executable)
{
    public const string BaseImage = BaseImageProvider.BootstrapTag;

    private readonly EngineKind _kind = executable == "podman" ? EngineKind.Podman : EngineKind.Docker;

    private IContainerEngine? _engine;

    /// <summary>The engine <see cref="RequireAsync"/> found.</summary>
    public IContainerEngine Engine => _engine ?? throw new InvalidOperationException("RequireAsync has not run.");

    /// <summary>The engine as every test gets one (<see cref="EngineProvisioner"/>, as the build does), installing none.</summary>
    public async Task RequireAsync()
    {
        IntegrationGuard.Require(null);
        try
        {
            (_engine, _) = await new EngineProvisioner().EnsureAsync(_kind, Path.GetTempPath(), allowInstall: false, CancellationToken.None);
        }
        catch (PyImagesException e)
        {
            IntegrationGuard.Require(e.Message);
        }
    }

    /// <summary>
    /// The base as the build gets it: present, else bootstrapped (one process at a time; on a new machine the first
    /// test to ask pays the minute). Podman keeps its own images: it copies the base from Docker when Docker has it.
    /// </summary>
    public async Task EnsureBaseImageAsync()
    {
        if (_kind == EngineKind.Podman && !await Engine.ImageExistsAsync(BaseImage)
            && await new CliContainerEngine(EngineKind.Docker).ImageExistsAsync(BaseImage))
        {
            var load = await (Cli.Wrap("docker").WithArguments(["save", BaseImage]) | Cli.Wrap(executable).WithArguments(["load"]))
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            Assert.True(load.ExitCode == 0, $"Could not copy {BaseImage} from docker to {executable}: {load.StandardError}");
        }

        var work = Directory.CreateTempSubdirectory("pyimages-base-").FullName;
        await new BaseImageProvider().EnsureAsync(Engine, BaseImage, allowBootstrap: true, work, CancellationToken.None);
    }

    public async Task BuildAsync(string tag, string dockerfile)
    {
        var context = Directory.CreateTempSubdirectory("pyimages-build-").FullName;
        try
        {
            var path = Path.Combine(context, "Dockerfile");
            await File.WriteAllTextAsync(path, dockerfile);
            var labels = new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue };
            var result = await Engine.BuildAsync(new BuildRequest(path, context, tag, labels, Path.Combine(context, "build.log")));
            Assert.True(result.Succeeded, $"{executable} build of {tag} failed:\n{string.Join('\n', result.OutputTail)}");
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }
}
