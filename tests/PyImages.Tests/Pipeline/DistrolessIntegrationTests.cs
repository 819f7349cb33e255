using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Tests.Integration;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>Distroless on Docker's classic builder.</summary>
[Collection(RecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DistrolessIntegrationTests(DockerRecipeFixture recipe) : DistrolessAssertions(recipe);

/// <summary>The same on Docker with BuildKit.</summary>
[Collection(BuildKitRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BuildKitDistrolessIntegrationTests(BuildKitRecipeFixture recipe) : DistrolessAssertions(recipe);

/// <summary>The same on Podman.</summary>
[Collection(PodmanRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PodmanDistrolessIntegrationTests(PodmanRecipeFixture recipe) : DistrolessAssertions(recipe);

/// <summary>Distroless built by the recipe fixture (uWSGI), a deliberately broken copy of it, and a package with native libraries of its own.</summary>
public abstract class DistrolessAssertions(RecipeFixture recipe)
{
    private const long UwsgiLimitBytes = 40_000_000;

    [SkippableFact]
    public void Distroless_serves_uwsgi_as_non_root_with_no_shell_under_40_MB_and_merged_usr_kept_as_links()
    {
        IntegrationGuard.Require(recipe.Failure, null);

        var verified = recipe.VerificationOf(Variant.Distroless);
        var files = recipe.Analyses[Variant.Distroless].FindFiles(_ => true, FileScope.FinalImage);

        Assert.True(verified.Passed, string.Join("; ", verified.FailedChecks.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.Contains(verified.Checks, c => c.Name == CheckNames.NoShell && c.Passed);
        Assert.Contains(verified.Checks, c => c.Name == CheckNames.EveryModuleImports && c.Passed);
        Assert.Contains("LD_TRACE_LOADED_OBJECTS=1", verified.Checks.Single(c => c.Name == CheckNames.SharedLibraries).Detail);
        Assert.True(recipe.RowOf(Variant.Distroless).SizeBytes < UwsgiLimitBytes, $"distroless is {recipe.RowOf(Variant.Distroless).SizeBytes} B");
        Assert.DoesNotContain(files, f => Path.GetFileName(f.Path) is "sh" or "bash" or "dash" or "apt" or "dpkg" or "pip");
        Assert.Contains(files, f => f.Path == "/opt/python-packages/bin/uwsgi");
        Assert.DoesNotContain(files, f => f.Path.StartsWith("/lib/", StringComparison.Ordinal) || f.Path.StartsWith("/bin/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Analyze_explains_the_largest_files_from_the_record_read_out_of_the_saved_image()
    {
        IntegrationGuard.Require(recipe.Failure, null);

        var largest = recipe.RowOf(Variant.Distroless).Layers?.LargestFiles;

        Assert.NotNull(largest);
        Assert.NotEmpty(largest);
        Assert.All(largest, file => Assert.DoesNotContain("not in the distroless record", file.Reason));
        Assert.Contains(largest, file => file.Path == "/opt/python-packages/bin/uwsgi");
    }

    [SkippableFact]
    public async Task Verify_fails_naming_the_file_when_a_needed_library_and_a_stdlib_module_are_missing()
    {
        IntegrationGuard.Require(recipe.Failure, null);
        var run = recipe.Run;
        var baseImage = await run.EnsureBaseImageAsync();
        var text = new DockerfileRenderer().Render(run.ImageSpec, baseImage, BuilderCapabilities.Classic, Variant.Distroless);
        var cut = $"\nRUN find {DockerfileLayout.DistrolessRoot} \\( -name 'libsqlite3.so*' -o -path '*/python3*/pickle.py' \\) -delete\n";
        var at = text.LastIndexOf("\nFROM scratch", StringComparison.Ordinal);
        await using var image = await HandBuiltImage.BuildAsync(run, $"{recipe.Repository}:distroless-broken", "distroless-broken", text[..at] + cut + text[at..]);
        Assert.True(image.Build.Succeeded, string.Join('\n', image.Build.OutputTail));

        var result = await run.VerifyImageAsync(VariantCatalog.Get(Variant.Distroless), image.Reference);

        Assert.False(result.Passed);
        Assert.Contains("libsqlite3.so.0 => not found", result.FailedChecks.Single(c => c.Name == CheckNames.SharedLibraries).Detail);
        Assert.Contains("pickle", result.FailedChecks.Single(c => c.Name == CheckNames.Import).Detail);
        Assert.Contains("uwsgidecorators FAILED", result.FailedChecks.Single(c => c.Name == CheckNames.EveryModuleImports).Detail);
    }

    [SkippableFact]
    public async Task A_package_whose_extension_links_a_native_library_gets_it_from_the_closure()
    {
        IntegrationGuard.Require(recipe.Failure, null);
        var artifacts = Directory.CreateTempSubdirectory("pyimages-prctl-").FullName;
        try
        {
            // python-prctl's extension links libcap (Debian's python-prctl orig tarball is its PyPI sdist); nothing names libcap to the closure.
            using var run = new PyImagesRun(recipe.Settings(artifacts, new ImageSpecInput(
                Packages: ["python-prctl"], Repository: recipe.Repository + "-prctl", BuildDeps: ["gcc", "libc6-dev", "libcap-dev"],
                Variants: ["distroless"])));
            try
            {
                await run.BuildAsync(Variant.Distroless);

                var result = await run.VerifyImageAsync(VariantCatalog.Get(Variant.Distroless), run.ImageSpec.ImageFor(Variant.Distroless).ToString());
                var files = (await run.AnalyzeImageAsync(run.ImageSpec.ImageFor(Variant.Distroless).ToString())).FindFiles(_ => true, FileScope.FinalImage);

                Assert.True(result.Passed, string.Join("; ", result.FailedChecks.Select(c => $"{c.Name}: {c.Detail}")));
                Assert.Contains("python-prctl: import prctl ok", result.Checks.Single(c => c.Name == CheckNames.Import).Detail);
                Assert.Contains(files, f => Path.GetFileName(f.Path).StartsWith("libcap.so.2", StringComparison.Ordinal));
                Assert.Contains(files, f => Path.GetFileName(f.Path).StartsWith("_prctl.", StringComparison.Ordinal));
            }
            finally
            {
                await run.ContainerEngine.RemoveImagesAsync([run.ImageSpec.ImageFor(Variant.Distroless).ToString()]);
            }
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}
