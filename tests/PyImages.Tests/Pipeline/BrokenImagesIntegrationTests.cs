using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Sources;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Tests.Integration;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>What must fail does fail, on Docker's classic builder.</summary>
[Collection(RecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BrokenImagesIntegrationTests(DockerRecipeFixture recipe) : BrokenImagesAssertions(recipe);

/// <summary>The same on Docker with BuildKit.</summary>
[Collection(BuildKitRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BuildKitBrokenImagesIntegrationTests(BuildKitRecipeFixture recipe) : BrokenImagesAssertions(recipe);

/// <summary>The same on Podman.</summary>
[Collection(PodmanRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PodmanBrokenImagesIntegrationTests(PodmanRecipeFixture recipe) : BrokenImagesAssertions(recipe);

/// <summary>What must fail does fail: the recipe's Small verbatim does not start, Break with a package that needs no compiler.</summary>
public abstract class BrokenImagesAssertions(RecipeFixture recipe)
{
    [SkippableFact]
    public async Task Verify_fails_on_the_recipes_Small_verbatim_naming_the_missing_libpython()
    {
        IntegrationGuard.Require(recipe.Failure, null);
        var run = recipe.Run;
        var baseImage = await run.EnsureBaseImageAsync();
        var text = new DockerfileRenderer().Render(
            run.ImageSpec, baseImage, BuilderCapabilities.Classic, Variant.Small, new RenderOptions(OmitRuntimeLibraries: true));
        await using var image = await HandBuiltImage.BuildAsync(run, $"{recipe.Repository}:small-verbatim", "small-verbatim", text);
        Assert.True(image.Build.Succeeded, "the recipe's Small builds (it only fails when run)");

        var result = await run.VerifyImageAsync(VariantCatalog.Get(Variant.Small), image.Reference);

        Assert.False(result.Passed);
        var libraries = Assert.Single(result.FailedChecks, c => c.Name == CheckNames.SharedLibraries);
        Assert.Contains("libpython3.11.so.1.0 => not found", libraries.Detail);
        Assert.Contains(result.FailedChecks, c => c.Name == CheckNames.EntryPoints);
        var message = Assert.Throws<PyImagesException>(() => result.ThrowIfFailed()).Message;
        Assert.Contains(image.Reference, message);
        Assert.Contains("libpython3.11.so.1.0 => not found", message);
    }

    [SkippableFact]
    public async Task Break_fails_when_the_package_needs_no_compiler()
    {
        IntegrationGuard.Require(recipe.Failure, null);
        var artifacts = Directory.CreateTempSubdirectory("pyimages-pure-").FullName;
        try
        {
            using var run = new PyImagesRun(recipe.Settings(
                artifacts, new ImageSpecInput(Packages: [PureSdist.Name], Repository: recipe.Repository + "-pure")));
            var sdist = PureSdist.Write(run.Layout.Sources);
            SourcesManifest.Write(
                new FetchedSources(run.Layout.Sources, [sdist], new Dictionary<string, string> { [PureSdist.Name] = "test" }, []),
                [PureSdist.Name]);

            var error = await Assert.ThrowsAsync<PyImagesException>(() => run.BuildAsync(Variant.Break));

            Assert.Contains("break", error.Message);
            Assert.Contains("succeeded without a compiler", error.Message);
            await run.ContainerEngine.RemoveImagesAsync([run.ImageSpec.ImageFor(Variant.Break).ToString()]);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}
