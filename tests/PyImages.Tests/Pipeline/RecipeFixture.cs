using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Tests.Integration;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>
/// The whole recipe plus Minimal, built once per engine through <see cref="PyImagesRun"/>, as `./build.sh` does it:
/// configured base python:3.12-slim (absent here, so the bootstrapped stand-in is used), sources fetched, every
/// variant built, verified, analysed and reported. Tests read what it recorded.
/// </summary>
public abstract class RecipeFixture(EngineKind kind) : IAsyncLifetime
{
    public EngineKind Kind => kind;

    public string Repository { get; } = $"pyimages-test-{kind.ToString().ToLowerInvariant()}-recipe/blog-python";

    private readonly string _artifacts = Directory.CreateTempSubdirectory("pyimages-recipe-").FullName;

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
            Run = new PyImagesRun(new PipelineSettings(_artifacts, new ImageSpecInput(Repository: Repository), kind));
            foreach (var variant in VariantCatalog.All.Select(v => v.Variant))
            {
                Outcomes[variant] = await Run.BuildAsync(variant);
            }

            Verification = await Run.VerifyAsync();
            foreach (var (variant, analysis) in await Run.AnalyzeAsync())
            {
                Analyses[variant.Variant] = analysis;
            }

            Report = await Run.ReportAsync(SizeGates.None, QuietConsole.Create());
        }
        catch (PyImagesException exception)
        {
            Failure = exception.Message;
        }
    }

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
                await Run.Engine.RemoveImagesAsync(VariantCatalog.All.Select(v => Run.Spec.ImageFor(v.Variant).ToString()));
            }
            catch (InvalidOperationException)
            {
                // The engine was never reached: nothing was built.
            }

            Run.Dispose();
        }

        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Sources fetched by a root container may resist; the system cleans its temp folder.
        }
    }
}

public sealed class DockerRecipeFixture() : RecipeFixture(EngineKind.Docker);

public sealed class PodmanRecipeFixture() : RecipeFixture(EngineKind.Podman);
