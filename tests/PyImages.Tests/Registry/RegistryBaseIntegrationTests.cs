using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Tests.Integration;
using PyImages.Tests.Pipeline;
using PyImages.Verification;

namespace PyImages.Tests.Registry;

[Collection(DockerRegistryCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DockerRegistryBaseIntegrationTests(DockerRegistryRecipeFixture recipe) : RegistryBaseAssertions(recipe);

[Collection(PodmanRegistryCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PodmanRegistryBaseIntegrationTests(PodmanRegistryRecipeFixture recipe) : RegistryBaseAssertions(recipe);

/// <summary>What a user with a python:*-slim base from a registry sees, on each engine.</summary>
public abstract class RegistryBaseAssertions(RegistryRecipeFixture recipe)
{
    [SkippableFact]
    public void The_base_is_pulled_from_the_registry_and_used_as_given_not_a_bootstrapped_stand_in()
    {
        Require();

        Assert.True(recipe.PulledByTheRun, $"{recipe.BaseReference} was not pulled by the run");
        Assert.False(recipe.BaseImage.Bootstrapped);
        Assert.Equal(recipe.BaseReference, recipe.BaseImage.Reference);
        Assert.Equal((recipe.BaseReference, false), (recipe.Report.BaseImage.Configured, recipe.Report.BaseImage.Bootstrapped));
        Assert.Equal(("/usr/local/bin/python3", SlimPythonBase.PythonVersion, true),
            (recipe.BaseImage.PythonExecutable, recipe.BaseImage.PythonVersion, recipe.BaseImage.HasPythonHeaders));
    }

    [SkippableFact]
    public async Task The_base_has_the_official_slim_layout_libpython_in_usr_local_owned_by_no_package_and_no_Debian_python()
    {
        Require();

        var result = await recipe.Run.ContainerEngine.RunAsync(new RunRequest(recipe.BaseReference, ["-c", string.Join('\n',
            "fail() { echo \"$1\"; exit 1; }",
            "test -f /usr/local/lib/libpython3.11.so.1.0 || fail 'no libpython3.11.so.1.0 in /usr/local/lib'",
            "dpkg-query --search /usr/local/lib/libpython3.11.so.1.0 >/dev/null 2>&1 && fail 'libpython is owned by a package'",
            "dpkg-query --show python3 >/dev/null 2>&1 && fail 'Debian python3 is installed'",
            "leftover=$(find /usr/local -name '*.pyc' -o -name 'libpython*.a' -o -type d -name test | head -3)",
            "[ -z \"$leftover\" ] || fail \"left in /usr/local: $leftover\"",
            "python3 -m pip --version")],
            Entrypoint: "/bin/sh", Network: false));

        Assert.True(result.Succeeded, result.StandardOutput + result.StandardError);
        Assert.Contains("/usr/local/lib/python3.11/site-packages/pip", result.StandardOutput);
    }

    [SkippableFact]
    public void Break_fails_for_lack_of_a_compiler_with_uWSGIs_own_message()
    {
        Require();

        Assert.Equal(BuildOutcomeKind.FailedAsExpected, recipe.Outcomes[Variant.Break].Status);
        Assert.Contains("you need a C compiler to build uWSGI", recipe.Outcomes[Variant.Break].Reason);
    }

    [SkippableTheory]
    [InlineData(Variant.Big)]
    [InlineData(Variant.Uninstall)]
    [InlineData(Variant.Small)]
    [InlineData(Variant.Minimal)]
    [InlineData(Variant.Distroless)]
    public void Each_installing_variant_builds_and_verifies_uwsgi_linked_against_the_bases_own_libpython(Variant variant)
    {
        Require();

        var verified = recipe.VerificationOf(variant);
        Assert.True(verified.Passed, VerificationFailure.Describe(verified));
        Assert.Contains(verified.Checks, c => c.Name == CheckNames.EntryPoints && c.Passed && c.Detail.Contains("2.0.21"));
    }

    [SkippableFact]
    public void Minimal_runs_as_non_root_without_a_compiler_and_is_smaller_than_Small()
    {
        Require();

        var minimal = recipe.VerificationOf(Variant.Minimal);
        Assert.False(minimal.Facts!.RunsAsRoot);
        Assert.False(minimal.Facts.CompilerPresent);
        var sizes = recipe.Report.Variants.ToDictionary(v => v.Variant, v => v.SizeBytes);
        Assert.True(sizes[VariantCatalog.Get(Variant.Minimal).Name] < sizes[VariantCatalog.Get(Variant.Small).Name]);
    }

    [SkippableFact]
    public async Task A_tag_the_registry_does_not_have_fails_naming_the_reference_and_nothing_is_built_on_a_stand_in()
    {
        Require();

        var missing = $"{recipe.Registry.Host}/{RegistryRecipeFixture.BaseName}:3.11.2-typo";
        var (message, built) = await BuildSmallAsync(missing);

        Assert.Contains($"Base image {missing} does not exist", message);
        Assert.Contains("manifest unknown", message);
        Assert.False(built);
    }

    [SkippableFact]
    public async Task Scratch_as_the_base_fails_at_once_naming_it()
    {
        Require();

        var (message, built) = await BuildSmallAsync("scratch");

        Assert.Contains("--base-image scratch", message);
        Assert.False(built);
    }

    /// <summary>A run of its own on the fixture's engine: the error BuildSmall ends with, and whether its image exists after.</summary>
    private async Task<(string Message, bool Built)> BuildSmallAsync(string baseImage)
    {
        var artifacts = Directory.CreateTempSubdirectory("pyimages-registry-missing-").FullName;
        var repository = $"{TestRepositories.Named($"{recipe.Kind.ToString().ToLowerInvariant()}-registry-missing")}/blog-python";
        try
        {
            using var run = new PyImagesRun(new PipelineSettings(artifacts, new ImageSpecInput(BaseImage: baseImage, Repository: repository), recipe.Kind));
            var error = await Assert.ThrowsAsync<PyImagesException>(() => run.BuildAsync(Variant.Small));
            var reference = run.ImageSpec.ImageFor(Variant.Small).ToString();
            return (error.Message, await recipe.Run.ContainerEngine.ImageExistsAsync(reference));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    private void Require() => IntegrationGuard.Require(recipe.Failure, null);
}
