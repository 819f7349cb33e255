using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Pipeline;

/// <summary>
/// Minimal's RUN --mount path (wheels bind-mounted from the builder, pip's cache in a cache mount), which the pipeline
/// takes only where the probe builds show it works; the recipe itself runs on each engine in <see cref="RecipeAssertions"/>.
/// </summary>
[Trait("Category", "Integration")]
[Collection(EngineCollection.Name)]
public sealed class EnginesIntegrationTests(EngineFixture fixture) : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("pyimages-engines-it-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (IOException)
        {
            // Files written by containers may resist; the temp folder is cleaned by the system anyway.
        }
    }

    [SkippableFact]
    public async Task Minimals_mount_path_on_Podman_built_without_the_cache_verifies_and_ships_no_wheel_sdist_or_pip_cache()
    {
        var repository = $"{TestRepositories.Named("mounts")}/blog-python";
        using var run = new PyImagesRun(new PipelineSettings(
            _artifacts, new ImageSpecInput(BaseImage: BaseImageProvider.BootstrapTag, Repository: repository), Engine: EngineKind.Podman));
        await RequireEngineAsync(run);
        await SeedSourcesAsync(run.Layout.Sources);
        var baseImage = await run.EnsureBaseImageAsync();
        // Without the cache: Podman 4.3 mounts a builder stage that came from the cache empty (the probe's reason
        // for taking the copy path there); built fresh, the mount path itself is what is tested.
        await using var image = await HandBuiltImage.BuildAsync(
            run, run.ImageSpec.ImageFor(Variant.Minimal).ToString(), "minimal.mounts",
            new DockerfileRenderer().Render(run.ImageSpec, baseImage, BuilderCapabilities.WithRunMount, Variant.Minimal), noCache: true);
        Assert.True(image.Build.Succeeded, string.Join('\n', image.Build.OutputTail));

        var verified = await run.VerifyImageAsync(VariantCatalog.Get(Variant.Minimal), image.Reference);
        var layers = await run.AnalyzeImageAsync(image.Reference);

        Assert.True(verified.Passed, string.Join("; ", verified.FailedChecks.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.Contains("--mount=type=bind,from=builder", await File.ReadAllTextAsync(image.Dockerfile));
        Assert.Empty(layers.FindFiles(ShouldNotShip, FileScope.AllLayers));
    }

    /// <summary>Build leftovers that must be in no layer of Minimal: wheels, the fetched sdists, pip's cache.</summary>
    private static bool ShouldNotShip(ImageFile file) =>
        file.Path.EndsWith(".whl", StringComparison.Ordinal)
        || (file.Path.StartsWith("/sources/", StringComparison.Ordinal) && file.Path.EndsWith(".tar.gz", StringComparison.Ordinal))
        || file.Path.Contains("/.cache/pip/", StringComparison.Ordinal);

    /// <summary>
    /// uWSGI's sources as the shared fixture fetched them once per test run (the run reuses them by their manifest): each
    /// engine's case would otherwise fetch again, and every fetch from the mirror is a chance for a network failure.
    /// </summary>
    private async Task SeedSourcesAsync(string sourcesDirectory)
    {
        if (fixture.Failure is not null)
        {
            return; // the fixture's engine is not there (this engine may be): the run fetches for itself
        }

        var fetched = await fixture.UwsgiSourcesAsync();
        Directory.CreateDirectory(sourcesDirectory);
        foreach (var file in Directory.GetFiles(fetched.Directory))
        {
            File.Copy(file, Path.Combine(sourcesDirectory, Path.GetFileName(file)));
        }
    }

    /// <summary>Skips before touching any engine when asked to; fails with the reason when the engine cannot be had.</summary>
    private static async Task RequireEngineAsync(PyImagesRun run)
    {
        IntegrationGuard.Require(null, null);
        try
        {
            await run.EnsureEngineAsync();
        }
        catch (PyImagesException e)
        {
            IntegrationGuard.Require(e.Message, null);
            throw;
        }
    }
}
