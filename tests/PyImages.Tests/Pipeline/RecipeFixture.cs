using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Tests.Integration;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>
/// The whole recipe plus Minimal, built once per builder through <see cref="PyImagesRun"/>, as `./build.sh` does it:
/// configured base python:3.12-slim (absent here, so the bootstrapped stand-in is used), sources fetched, every
/// variant built, verified, analysed and reported. Tests read what it recorded.
/// </summary>
public abstract class RecipeFixture : IAsyncLifetime
{
    private readonly Func<Task<EngineClient>>? _client;

    protected RecipeFixture(EngineKind kind)
        : this(kind, kind.ToString().ToLowerInvariant(), null, null)
    {
    }

    /// <param name="name">Names the fixture's image repository, so fixtures building side by side share no image.</param>
    /// <param name="expectedBuilder">The builder the fixture is for (<see cref="EngineBuilders"/>); null: whatever the engine has.</param>
    /// <param name="client">Finds the client to build through; null: the engine's own command on PATH.</param>
    protected RecipeFixture(EngineKind kind, string name, string? expectedBuilder, Func<Task<EngineClient>>? client)
    {
        Kind = kind;
        ExpectedBuilder = expectedBuilder;
        Repository = $"{TestRepositories.Named($"{name}-recipe")}/blog-python";
        _client = client;
    }

    public EngineKind Kind { get; }

    /// <summary>The builder this fixture is for; the probe builds must confirm it (a test checks).</summary>
    public string? ExpectedBuilder { get; }

    /// <summary>The client the recipe was built through; null: the engine's own command on PATH.</summary>
    public EngineClient? Client { get; private set; }

    public string Repository { get; }

    private readonly string _root = Directory.CreateTempSubdirectory("pyimages-recipe-").FullName;

    private string Artifacts => Path.Combine(_root, "artifacts");

    /// <summary>A folder of the fixture's own beside the run's artifacts, removed with them.</summary>
    protected string WorkDirectory => Path.Combine(_root, "fixture");

    public PyImagesRun Run { get; private set; } = null!;

    public Dictionary<Variant, VariantOutcome> Outcomes { get; } = [];

    public IReadOnlyList<VerificationResult> Verification { get; private set; } = [];

    public Dictionary<Variant, LayerAnalysis> Analyses { get; } = [];

    public Report Report { get; private set; } = null!;

    public string? Failure { get; private set; }

    public string ReportDirectory => Run.Layout.Reports;

    public async Task InitializeAsync()
    {
        if (IntegrationGuard.SkipRequested())
        {
            Failure = "skipped";
            return;
        }

        try
        {
            Client = _client is null ? null : await _client();
            Run = new PyImagesRun(Settings(Artifacts, await SpecAsync()));
            await BeforeBuildsAsync();
            foreach (var variant in VariantCatalog.All.Select(v => v.Variant))
            {
                Outcomes[variant] = await Run.BuildAsync(variant);
            }

            Verification = await Run.VerifyAsync();
            if (Analyzes)
            {
                foreach (var (variant, analysis) in await Run.AnalyzeAsync())
                {
                    Analyses[variant.Variant] = analysis;
                }
            }

            Report = await Run.ReportAsync(SizeGates.None, QuietConsole.Create());
        }
        catch (PyImagesException exception)
        {
            Failure = exception.Message;
        }
    }

    /// <summary>What the recipe is built from; a fixture may first set up where its base comes from.</summary>
    protected virtual Task<ImageSpecInput> SpecAsync() => Task.FromResult(new ImageSpecInput(Repository: Repository));

    /// <summary>Runs on <see cref="Run"/> before the first build.</summary>
    protected virtual Task BeforeBuildsAsync() => Task.CompletedTask;

    /// <summary>Whether the fixture runs Analyze too (its tests read <see cref="Analyses"/>).</summary>
    protected virtual bool Analyzes => true;

    /// <summary>Images the fixture made besides the variants', removed with them.</summary>
    protected virtual IReadOnlyList<string> OtherImages => [];

    /// <summary>Stops what <see cref="SpecAsync"/> started.</summary>
    protected virtual Task DisposeMoreAsync() => Task.CompletedTask;

    /// <summary>Settings for another run on this fixture's engine, builder and client (a test's own artifacts folder).</summary>
    public PipelineSettings Settings(string artifacts, ImageSpecInput spec, bool allowEngineInstall = true, bool bootstrapBase = true) =>
        new(artifacts, spec, Kind, allowEngineInstall, bootstrapBase, Client: Client);

    public VerificationResult VerificationOf(Variant variant) =>
        Verification.Single(v => v.VariantName == VariantCatalog.Get(variant).Name);

    public VariantReport RowOf(Variant variant) =>
        Report.Variants.Single(v => v.Variant == VariantCatalog.Get(variant).Name);

    public async Task DisposeAsync()
    {
        if (Run is not null)
        {
            try
            {
                await Run.ContainerEngine.RemoveImagesAsync([.. VariantCatalog.All.Select(v => Run.ImageSpec.ImageFor(v.Variant).ToString()), .. OtherImages]);
            }
            catch (InvalidOperationException)
            {
                // The engine was never reached: nothing was built.
            }

            Run.Dispose();
        }

        await DisposeMoreAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sources fetched by a root container may resist; the system cleans its temp folder.
        }
    }
}

/// <summary>Docker's classic builder (DOCKER_BUILDKIT=0), whatever the client on PATH would pick by itself.</summary>
public sealed class DockerRecipeFixture() : RecipeFixture(EngineKind.Docker, "docker", EngineBuilders.Classic, () => Task.FromResult(BuilderClients.Classic));

/// <summary>BuildKit through the first docker client on PATH that has it with DOCKER_BUILDKIT=1 (buildx, or Docker 20.10's own).</summary>
public sealed class BuildKitRecipeFixture() : RecipeFixture(EngineKind.Docker, "buildkit", EngineBuilders.BuildKit, BuilderClients.BuildKitAsync);

public sealed class PodmanRecipeFixture() : RecipeFixture(EngineKind.Podman, "podman", EngineBuilders.Buildah, null);
