using PyImages.Pipeline;
using PyImages.Spec;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Pipeline;

/// <summary>Faults a run must survive, at the library's level, on the shared engine.</summary>
[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public sealed class FaultsIntegrationTests(EngineFixture fixture) : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("pyimages-faults-").FullName;

    [SkippableFact]
    public async Task A_build_step_that_fails_names_the_variant_the_step_and_the_last_lines_and_keeps_the_whole_log()
    {
        IntegrationGuard.Require(fixture);
        var repository = $"pyimages-faults/failed-step-{Guid.NewGuid():N}"[..40];
        using var run = await RunWithSourcesAsync(new ImageSpecInput(["uwsgi"], fixture.BaseImage.Reference, repository, BuildDeps: ["make"]));

        var failure = await Assert.ThrowsAsync<PyImagesException>(() => run.BuildAsync(Variant.Big));

        Assert.StartsWith($"big ({repository}:big): the build failed at `RUN ", failure.Message);
        Assert.Contains("pip install", failure.Message);
        Assert.Contains("you need a C compiler", failure.Message);
        var log = run.Layout.BuildLog("big");
        Assert.Contains($"Full log: {log}", failure.Message);
        Assert.Contains("Step 1/", File.ReadAllText(log));
        Assert.Contains("you need a C compiler", File.ReadAllText(log));
        Assert.False(await fixture.Engine.ImageExistsAsync($"{repository}:big"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (IOException)
        {
            // Files a container wrote as another user may resist; the temp folder is cleaned by the system anyway.
        }
    }

    /// <summary>A run whose artifacts/sources already hold uWSGI's sources, so it fetches nothing.</summary>
    private async Task<PyImagesRun> RunWithSourcesAsync(ImageSpecInput spec)
    {
        var run = new PyImagesRun(new PipelineSettings(_artifacts, spec, AllowEngineInstall: false, BootstrapBase: false));
        var sources = await fixture.UwsgiSourcesAsync();
        Directory.CreateDirectory(run.Layout.Sources);
        foreach (var file in Directory.GetFiles(sources.Directory))
        {
            File.Copy(file, Path.Combine(run.Layout.Sources, Path.GetFileName(file)));
        }

        return run;
    }
}
