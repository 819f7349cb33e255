using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Reporting;
using PyImages.Spec;
using PyImages.Tests.Integration;
using PyImages.Verification;

namespace PyImages.Tests.Pipeline;

/// <summary>The recipe on Docker's classic builder.</summary>
[Collection(RecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RecipeIntegrationTests(DockerRecipeFixture recipe) : RecipeAssertions(recipe);

/// <summary>The same recipe and the same assertions on Docker with BuildKit.</summary>
[Collection(BuildKitRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BuildKitRecipeIntegrationTests(BuildKitRecipeFixture recipe) : RecipeAssertions(recipe);

/// <summary>The same recipe and the same assertions on Podman.</summary>
[Collection(PodmanRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PodmanRecipeIntegrationTests(PodmanRecipeFixture recipe) : RecipeAssertions(recipe);

/// <summary>The recipe's four variants and Minimal, built on a real engine, checked as a user would.</summary>
public abstract class RecipeAssertions(RecipeFixture recipe)
{
    [SkippableFact]
    public void Break_fails_for_lack_of_a_compiler_with_uWSGIs_own_message_and_the_target_succeeds()
    {
        Require();

        var outcome = recipe.Outcomes[Variant.Break];

        Assert.Equal(BuildOutcomeKind.FailedAsExpected, outcome.Status);
        Assert.Contains("you need a C compiler to build uWSGI", outcome.Reason);
    }

    [SkippableFact]
    public void Big_ships_the_compiler()
    {
        Require();

        Assert.True(recipe.VerificationOf(Variant.Big).Facts!.CompilerPresent);
        Assert.True(recipe.RowOf(Variant.Big).CompilerPresent);
    }

    [SkippableFact]
    public void Uninstall_has_no_compiler_on_PATH_and_is_not_smaller_than_Big()
    {
        Require();

        Assert.False(recipe.VerificationOf(Variant.Uninstall).Facts!.CompilerPresent);
        Assert.True(recipe.RowOf(Variant.Uninstall).SizeBytes >= recipe.RowOf(Variant.Big).SizeBytes);
    }

    [SkippableFact]
    public void Small_has_no_compiler_runs_uwsgi_and_is_at_least_half_the_size_of_Big()
    {
        Require();

        var small = recipe.VerificationOf(Variant.Small);
        Assert.True(small.Passed, VerificationFailure.Describe(small));
        Assert.False(small.Facts!.CompilerPresent);
        Assert.Contains(small.Checks, c => c.Name == CheckNames.EntryPoints && c.Passed && c.Detail.Contains("2.0.21"));
        Assert.True(recipe.RowOf(Variant.Small).SizeBytes <= recipe.RowOf(Variant.Big).SizeBytes / 2,
            $"Small {recipe.RowOf(Variant.Small).SizeBytes} B is not at least 50% smaller than Big {recipe.RowOf(Variant.Big).SizeBytes} B");
    }

    [SkippableFact]
    public void Minimal_runs_uwsgi_as_non_root_without_compiler_and_is_smaller_than_Small()
    {
        Require();

        var minimal = recipe.VerificationOf(Variant.Minimal);
        Assert.True(minimal.Passed, VerificationFailure.Describe(minimal));
        Assert.False(minimal.Facts!.RunsAsRoot);
        Assert.Contains(minimal.Checks, c => c.Name == CheckNames.EntryPoints && c.Passed && c.Detail.Contains("2.0.21"));
        Assert.True(recipe.RowOf(Variant.Minimal).SizeBytes < recipe.RowOf(Variant.Small).SizeBytes);
    }

    [SkippableFact]
    public void No_wheel_sdist_or_pip_cache_file_is_in_any_layer_of_Minimal_while_Small_keeps_its_wheels()
    {
        Require();

        static bool BuildLeftover(ImageFile file) =>
            file.Path.EndsWith(".whl", StringComparison.Ordinal)
            || file.Path.StartsWith("/sources/", StringComparison.Ordinal)
            || file.Path.Contains(".cache/pip/", StringComparison.Ordinal);

        Assert.Empty(recipe.Analyses[Variant.Minimal].FindFiles(BuildLeftover, FileScope.AllLayers));
        Assert.NotEmpty(recipe.Analyses[Variant.Small].FindFiles(f => f.Path.EndsWith(".whl", StringComparison.Ordinal), FileScope.FinalImage));
    }

    [SkippableFact]
    public void Uninstall_wastes_at_least_the_bytes_of_the_compiler_packages_it_removed()
    {
        Require();

        var uninstallFiles = recipe.Analyses[Variant.Uninstall].FindFiles(_ => true, FileScope.FinalImage).Select(f => f.Path).ToHashSet();
        var removedBytes = recipe.Analyses[Variant.Big].FindFiles(f => !uninstallFiles.Contains(f.Path), FileScope.FinalImage).Sum(f => f.SizeBytes);

        Assert.True(removedBytes > 50_000_000, $"the compiler packages removed only {removedBytes} B?");
        Assert.True(recipe.Analyses[Variant.Uninstall].WastedBytes >= removedBytes,
            $"wasted {recipe.Analyses[Variant.Uninstall].WastedBytes} B < removed {removedBytes} B");
        Assert.Contains(recipe.Analyses[Variant.Uninstall].WastedFiles, f => f.Path.Contains("gcc", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Report_sizes_equal_the_engines_inspect_sizes_and_report_json_round_trips()
    {
        Require();

        foreach (var row in recipe.Report.Variants.Where(v => v.SizeBytes is not null))
        {
            var inspected = ImageFactsParser.Parse(await recipe.Run.ContainerEngine.InspectImageJsonAsync(row.Reference));
            Assert.Equal(inspected.SizeBytes, row.SizeBytes);
        }

        var json = await File.ReadAllTextAsync(Path.Combine(recipe.ReportDirectory, "report.json"));
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(json)), json);
        Assert.True(recipe.Report.BaseImage.Bootstrapped);
        Assert.Equal("python:3.12-slim", recipe.Report.BaseImage.Configured);
    }

    [SkippableFact]
    public void Minimal_over_base_is_measured_against_the_installed_size()
    {
        Require();

        var minimal = recipe.RowOf(Variant.Minimal);

        Assert.NotNull(minimal.InstalledSizeBytes);
        Assert.InRange(minimal.MinimalRatio!.Value, 1.0, 1.5);
    }

    [SkippableFact]
    public async Task Size_gates_trip_naming_image_limit_and_figure_and_pass_when_met()
    {
        Require();

        var tripped = await Assert.ThrowsAsync<PyImagesException>(() =>
            recipe.Run.ReportAsync(SizeGateParser.Parse(["small=1MB"], null, null), QuietConsole.Create()));
        Assert.Contains($"{recipe.Repository}:small", tripped.Message);
        Assert.Contains("1MB", tripped.Message);

        var passed = await recipe.Run.ReportAsync(SizeGateParser.Parse(["small=10GB"], ["minimal=1GB"], "0.1"), QuietConsole.Create());
        Assert.All(passed.Gates, gate => Assert.True(gate.Passed, gate.Message));
        Assert.NotEmpty(passed.Gates);
    }

    [SkippableFact]
    public async Task The_report_names_the_engine_and_its_confirmed_builder_and_Minimal_mounts_exactly_when_the_builder_can()
    {
        Require();

        var info = (await recipe.Run.PrepareAsync()).Info;
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(recipe.Run.Layout.Dockerfiles, "Dockerfile.minimal"));

        Assert.True(info.Confirmed);
        Assert.Equal((recipe.Kind.ToString(), info.Builder), (recipe.Report.Engine.Name, recipe.Report.Engine.Builder));
        Assert.Equal(info.Capabilities.SupportsRunMount, dockerfile.Contains("--mount=type=bind,from=builder", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Builds_with_the_builder_it_is_for_as_the_report_and_the_builders_own_output_show()
    {
        Require();

        // Each builder's own way of printing a step, in Small's build log (what a user reading it sees).
        var log = await File.ReadAllTextAsync(recipe.Outcomes[Variant.Small].LogPath);
        var stepLine = recipe.ExpectedBuilder switch
        {
            EngineBuilders.Classic => @"(?m)^Step \d+/\d+ : ",
            EngineBuilders.BuildKit => @"(?m)^#\d+ \[([\w-]+ )?\d+/\d+\] ",
            _ => @"(?m)^(\[\d+/\d+\] )?STEP \d+/\d+: ",
        };

        Assert.Equal(recipe.ExpectedBuilder, recipe.Report.Engine.Builder);
        Assert.Matches(stepLine, log);
    }

    private void Require() => IntegrationGuard.Require(recipe.Failure, null);
}
