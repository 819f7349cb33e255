using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Provisioning;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Tests.Integration;
using PyImages.Tests.Pipeline;
using PyImages.Verification;

namespace PyImages.Tests.Registry;

/// <summary>
/// The recipe, Minimal and Verify on a base pulled from a registry, in the layout users get from python:*-slim: the stand-in
/// (<see cref="SlimPythonBase"/>, built with Docker) is pushed to a <see cref="LocalRegistry"/> under a name of its own, the
/// engine's local copy of that reference is removed, and the run is given <c>--base-image 127.0.0.1:PORT/NAME:TAG</c>, so it
/// is really pulled (Podman's store never had it).
/// </summary>
public abstract class RegistryRecipeFixture(EngineKind kind) : IAsyncLifetime
{
    public const string BaseName = SlimPythonBase.Repository;

    private readonly string _work = Directory.CreateTempSubdirectory("pyimages-registry-it-").FullName;

    public EngineKind Kind => kind;

    public string Repository { get; } = $"{TestRepositories.Named($"{kind.ToString().ToLowerInvariant()}-registry")}/blog-python";

    public LocalRegistry Registry { get; private set; } = null!;

    /// <summary>The base as the run is given it: 127.0.0.1:PORT/NAME:TAG.</summary>
    public string BaseReference => $"{Registry.Host}/{BaseName}:{SlimPythonBase.PythonVersion}";

    public PyImagesRun Run { get; private set; } = null!;

    public BaseImageFacts BaseImage { get; private set; } = null!;

    /// <summary>The engine had no image by the registry's reference before the run, and has it after.</summary>
    public bool PulledByTheRun { get; private set; }

    public Dictionary<Variant, VariantOutcome> Outcomes { get; } = [];

    public IReadOnlyList<VerificationResult> Verification { get; private set; } = [];

    public Report Report { get; private set; } = null!;

    public string? Failure { get; private set; }

    public async Task InitializeAsync()
    {
        if (IntegrationGuard.SkipRequested())
        {
            Failure = "skipped";
            return;
        }

        try
        {
            var (docker, _) = await new EngineProvisioner().EnsureAsync(EngineKind.Docker, Path.Combine(_work, "logs"), allowInstall: true, CancellationToken.None);
            await SlimPythonBase.EnsureAsync(docker, Path.Combine(_work, "base"), CancellationToken.None);
            Registry = await LocalRegistry.StartAsync();
            await RegistryPush.PushAsync(SlimPythonBase.Tag, BaseReference);

            Run = new PyImagesRun(new PipelineSettings(
                Path.Combine(_work, "artifacts"), new ImageSpecInput(BaseImage: BaseReference, Repository: Repository), kind));
            await Run.EnsureEngineAsync();
            await Run.ContainerEngine.RemoveImagesAsync([BaseReference]);
            var before = await Run.ContainerEngine.ImageExistsAsync(BaseReference);
            BaseImage = await Run.EnsureBaseImageAsync();
            PulledByTheRun = !before && await Run.ContainerEngine.ImageExistsAsync(BaseReference);

            foreach (var variant in VariantCatalog.All.Select(v => v.Variant))
            {
                Outcomes[variant] = await Run.BuildAsync(variant);
            }

            Verification = await Run.VerifyAsync();
            Report = await Run.ReportAsync(SizeGates.None, QuietConsole.Create());
        }
        catch (PyImagesException exception)
        {
            Failure = exception.Message;
        }
    }

    public VerificationResult VerificationOf(Variant variant) =>
        Verification.Single(v => v.VariantName == VariantCatalog.Get(variant).Name);

    public async Task DisposeAsync()
    {
        if (Run is not null)
        {
            try
            {
                await Run.ContainerEngine.RemoveImagesAsync([.. VariantCatalog.All.Select(v => Run.ImageSpec.ImageFor(v.Variant).ToString()), BaseReference]);
            }
            catch (InvalidOperationException)
            {
                // The engine was never reached: nothing was built.
            }

            Run.Dispose();
        }

        if (Registry is not null)
        {
            await Registry.DisposeAsync();
        }

        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sources fetched by a root container may resist; the system cleans its temp folder.
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
