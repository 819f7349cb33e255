using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Tests.Integration;
using Spectre.Console;

namespace PyImages.Tests.Pipeline;

/// <summary>
/// Break, Small and Minimal through the whole pipeline on each engine, with the same assertions: on Podman Minimal takes the
/// RUN --mount path (wheels bind-mounted from the builder, pip's cache in a cache mount), on the classic builder the copy path.
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

    [SkippableTheory]
    [InlineData(EngineKind.Podman)]
    [InlineData(EngineKind.Docker)]
    public async Task Break_fails_for_its_reason_small_and_minimal_verify_and_minimal_ships_no_wheel_sdist_or_pip_cache(EngineKind kind)
    {
        var repository = $"pyimages-test-{kind.ToString().ToLowerInvariant()}/blog-python";
        using var run = new PyImagesRun(new PipelineSettings(
            _artifacts,
            new ImageSpecInput(BaseImage: BaseImageProvider.BootstrapTag, Repository: repository, Variants: ["break", "small", "minimal"]),
            Engine: kind));
        await RequireEngineAsync(run);
        await SeedSourcesAsync(run.Layout.Sources);
        string[] images = [run.Spec.ImageFor(Variant.Small).ToString(), run.Spec.ImageFor(Variant.Minimal).ToString()];
        try
        {
            var broken = await run.BuildAsync(Variant.Break);
            await run.BuildAsync(Variant.Small);
            await run.BuildAsync(Variant.Minimal);
            var verified = await run.VerifyAsync();
            var analyses = await run.AnalyzeAsync();
            var report = await run.ReportAsync(SizeGates.None, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }));
            var info = await run.EnsureEngineAsync(); // as the probe builds confirmed it

            Assert.Equal(BuildOutcomeKind.FailedAsExpected, broken.Status);
            Assert.Contains("you need a C compiler", broken.Reason); // uWSGI's own message, found in this builder's output
            Assert.All(verified, result => Assert.True(result.Passed, string.Join("; ", result.FailedChecks.Select(c => $"{c.Name}: {c.Detail}"))));
            Assert.NotEqual(0, verified.Single(r => r.VariantName == "minimal").Facts!.Uid);
            var minimal = analyses.Single(a => a.Variant.Variant == Variant.Minimal).Analysis;
            Assert.Empty(minimal.FindFiles(ShouldNotShip, FileScope.AllLayers));
            var small = analyses.Single(a => a.Variant.Variant == Variant.Small).Analysis;
            Assert.NotEmpty(small.FindFiles(ShouldNotShip, FileScope.AllLayers)); // the recipe's Small keeps its wheels: the search does find them
            Assert.True(Size(report, "minimal") < Size(report, "small"), $"minimal {Size(report, "minimal")} B, small {Size(report, "small")} B");
            Assert.True(info.Confirmed);
            Assert.Equal((kind.ToString(), info.Builder), (report.Engine.Name, report.Engine.Builder));
            var dockerfile = await File.ReadAllTextAsync(Path.Combine(run.Layout.Dockerfiles, "Dockerfile.minimal"));
            Assert.Equal(info.SupportsRunMount, dockerfile.Contains("--mount=type=bind,from=builder", StringComparison.Ordinal));
        }
        finally
        {
            await new CliContainerEngine(kind).RemoveImagesAsync(images);
        }
    }

    [SkippableFact]
    public async Task Minimals_mount_path_on_Podman_built_without_the_cache_verifies_and_ships_no_wheel_sdist_or_pip_cache()
    {
        var repository = "pyimages-test-mounts/blog-python";
        using var run = new PyImagesRun(new PipelineSettings(
            _artifacts, new ImageSpecInput(BaseImage: BaseImageProvider.BootstrapTag, Repository: repository), Engine: EngineKind.Podman));
        await RequireEngineAsync(run);
        await SeedSourcesAsync(run.Layout.Sources);
        var baseImage = await run.EnsureBaseImageAsync();
        var sources = await run.FetchAsync();
        var dockerfile = Path.Combine(run.Layout.Work, "Dockerfile.minimal.mounts");
        await File.WriteAllTextAsync(dockerfile, new DockerfileRenderer().Render(run.Spec, baseImage, BuilderCapabilities.WithRunMount, Variant.Minimal));
        var reference = run.Spec.ImageFor(Variant.Minimal).ToString();
        try
        {
            // Without the cache: Podman 4.3 mounts a builder stage that came from the cache empty (the probe's reason
            // for taking the copy path there); built fresh, the mount path itself is what is tested.
            var build = await run.Engine.BuildAsync(new BuildRequest(dockerfile, sources.Directory, reference, new Dictionary<string, string>(), dockerfile + ".log", NoCache: true));
            Assert.True(build.Succeeded, string.Join('\n', build.OutputTail));

            var verified = await run.VerifyImageAsync(VariantCatalog.Get(Variant.Minimal), reference);
            var layers = await run.AnalyzeImageAsync(reference);

            Assert.True(verified.Passed, string.Join("; ", verified.FailedChecks.Select(c => $"{c.Name}: {c.Detail}")));
            Assert.Contains("--mount=type=bind,from=builder", await File.ReadAllTextAsync(dockerfile));
            Assert.Empty(layers.FindFiles(ShouldNotShip, FileScope.AllLayers));
        }
        finally
        {
            await run.Engine.RemoveImagesAsync([reference]);
        }
    }

    /// <summary>Build leftovers that must be in no layer of Minimal: wheels, the fetched sdists, pip's cache.</summary>
    private static bool ShouldNotShip(ImageFile file) =>
        file.Path.EndsWith(".whl", StringComparison.Ordinal)
        || (file.Path.StartsWith("/sources/", StringComparison.Ordinal) && file.Path.EndsWith(".tar.gz", StringComparison.Ordinal))
        || file.Path.Contains("/.cache/pip/", StringComparison.Ordinal);

    private static long Size(Report report, string variant) => report.Variants.Single(v => v.Variant == variant).SizeBytes!.Value;

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
