using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Provisioning;
using PyImages.Spec;
using PyImages.Tests.Pipeline;

namespace PyImages.Tests.Registry;

/// <summary>
/// The recipe, Minimal and Verify on a base pulled from a registry, in the layout users get from python:*-slim: the stand-in
/// (<see cref="SlimPythonBase"/>, built with Docker) is pushed to a <see cref="LocalRegistry"/> under a name of its own, the
/// engine's local copy of that reference is removed, and the run is given <c>--base-image 127.0.0.1:PORT/NAME:TAG</c>, so it
/// is really pulled (Podman's store never had it). The rest is <see cref="RecipeFixture"/>'s, without Analyze.
/// </summary>
public abstract class RegistryRecipeFixture(EngineKind kind) : RecipeFixture(kind, $"{kind.ToString().ToLowerInvariant()}-registry", null, null)
{
    public const string BaseName = SlimPythonBase.Repository;

    public LocalRegistry Registry { get; private set; } = null!;

    /// <summary>The base as the run is given it: 127.0.0.1:PORT/NAME:TAG.</summary>
    public string BaseReference => $"{Registry.Host}/{BaseName}:{SlimPythonBase.PythonVersion}";

    public BaseImageFacts BaseImage { get; private set; } = null!;

    /// <summary>The engine had no image by the registry's reference before the run, and has it after.</summary>
    public bool PulledByTheRun { get; private set; }

    protected override bool Analyzes => false;

    protected override IReadOnlyList<string> OtherImages => Registry is null ? [] : [BaseReference];

    protected override async Task<ImageSpecInput> SpecAsync()
    {
        var (docker, _) = await new EngineProvisioner().EnsureAsync(EngineKind.Docker, Path.Combine(WorkDirectory, "logs"), allowInstall: true, CancellationToken.None);
        await SlimPythonBase.EnsureAsync(docker, Path.Combine(WorkDirectory, "base"), CancellationToken.None);
        Registry = await LocalRegistry.StartAsync();
        await RegistryPush.PushAsync(SlimPythonBase.Tag, BaseReference);
        return new ImageSpecInput(BaseImage: BaseReference, Repository: Repository);
    }

    protected override async Task BeforeBuildsAsync()
    {
        await Run.EnsureEngineAsync();
        await Run.ContainerEngine.RemoveImagesAsync([BaseReference]);
        var before = await Run.ContainerEngine.ImageExistsAsync(BaseReference);
        BaseImage = await Run.EnsureBaseImageAsync();
        PulledByTheRun = !before && await Run.ContainerEngine.ImageExistsAsync(BaseReference);
    }

    protected override async Task DisposeMoreAsync()
    {
        if (Registry is not null)
        {
            await Registry.DisposeAsync();
        }
    }
}

public sealed class DockerRegistryRecipeFixture() : RegistryRecipeFixture(EngineKind.Docker);

public sealed class PodmanRegistryRecipeFixture() : RegistryRecipeFixture(EngineKind.Podman);

[CollectionDefinition(Name)]
public sealed class DockerRegistryCollection : ICollectionFixture<DockerRegistryRecipeFixture>
{
    public const string Name = "Registry base on Docker";
}

[CollectionDefinition(Name)]
public sealed class PodmanRegistryCollection : ICollectionFixture<PodmanRegistryRecipeFixture>
{
    public const string Name = "Registry base on Podman";
}
