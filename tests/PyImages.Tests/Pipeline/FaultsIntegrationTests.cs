using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Inspection;
using PyImages.Pipeline;
using PyImages.Spec;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Pipeline;

/// <summary>Faults that build, on Docker's classic builder.</summary>
[Collection(RecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class FaultsIntegrationTests(DockerRecipeFixture recipe) : FaultsAssertions(recipe);

/// <summary>The same faults and assertions on Docker with BuildKit.</summary>
[Collection(BuildKitRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BuildKitFaultsIntegrationTests(BuildKitRecipeFixture recipe) : FaultsAssertions(recipe);

/// <summary>The same faults and assertions on Podman.</summary>
[Collection(PodmanRecipeCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PodmanFaultsIntegrationTests(PodmanRecipeFixture recipe) : FaultsAssertions(recipe);

/// <summary>Faults a run must survive, at the library's level, on the recipe fixture's engine, builder and client.</summary>
public abstract class FaultsAssertions(RecipeFixture recipe) : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("pyimages-faults-").FullName;

    [SkippableFact]
    public async Task A_build_step_that_fails_names_the_variant_the_step_and_the_last_lines_and_keeps_the_whole_log()
    {
        Require();
        var repository = $"pyimages-faults/failed-step-{Guid.NewGuid():N}"[..40];
        var baseImage = await recipe.Run.EnsureBaseImageAsync();
        using var run = await RunWithSourcesAsync(new ImageSpecInput(["uwsgi"], baseImage.Reference, repository, BuildDeps: ["make"]));

        var failure = await Assert.ThrowsAsync<PyImagesException>(() => run.BuildAsync(Variant.Big));

        Assert.StartsWith($"big ({repository}:big): the build failed at `RUN ", failure.Message);
        Assert.Contains("pip install", failure.Message);
        Assert.Contains("you need a C compiler", failure.Message);
        var log = run.Layout.BuildLog("big");
        Assert.Contains($"Full log: {log}", failure.Message);
        Assert.StartsWith($"{CliContainerEngine.CommandEcho}{run.ContainerEngine.Executable} build ", File.ReadAllText(log));
        Assert.Contains("you need a C compiler", File.ReadAllText(log));
        Assert.False(await run.ContainerEngine.ImageExistsAsync($"{repository}:big"));
    }

    [SkippableFact]
    public async Task A_build_the_engine_refuses_before_any_step_says_so_in_the_engines_own_words()
    {
        Require();
        var (request, _) = await RequestAsync($"pyimages-faults/refused:{Guid.NewGuid():N}", "RUN true", dockerfileStart: "FROMM");

        var result = await recipe.Run.ContainerEngine.BuildAsync(request);
        var outcome = VariantOutcome.Judge("break", request.Tag, expectsMissingCompiler: true, result);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"the build stopped before any Dockerfile step ran (exit code {result.ExitCode}): ", outcome.Reason);
        // Docker: "unknown instruction: FROMM"; Podman: "no FROM statement found".
        Assert.Contains("FROM", outcome.Reason[outcome.Reason.IndexOf("): ", StringComparison.Ordinal)..]);
        Assert.Contains(outcome.Reason[(outcome.Reason.IndexOf("): ", StringComparison.Ordinal) + 3)..], outcome.Describe());
        Assert.False(await recipe.Run.ContainerEngine.ImageExistsAsync(request.Tag));
    }

    [SkippableFact]
    public async Task A_failed_build_leaves_no_image_under_the_tag_and_keeps_the_old_one()
    {
        Require();
        var engine = recipe.Run.ContainerEngine;
        var tag = $"pyimages-faults/fail:{Guid.NewGuid():N}";
        var good = await engine.BuildAsync((await RequestAsync(tag, "RUN true")).Request);
        Assert.True(good.Succeeded, string.Join('\n', good.OutputTail));

        var failed = await engine.BuildAsync((await RequestAsync(tag, "RUN echo compiling && exit 3")).Request);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.OutputTail, l => l.Contains("compiling"));
        Assert.Contains("compiling", File.ReadAllText(failed.LogPath));
        Assert.Equal(good.ImageId, ImageFactsParser.Parse(await engine.InspectImageJsonAsync(tag)).Id);
        Assert.Empty(await TemporaryTagsAsync(tag));
        await engine.RemoveImagesAsync([tag]);
        Assert.False(await engine.ImageExistsAsync(tag));
    }

    [SkippableFact]
    public async Task A_cancelled_build_stops_the_client_leaves_no_tag_and_the_next_build_works()
    {
        Require();
        var engine = recipe.Run.ContainerEngine;
        var tag = $"pyimages-faults/cancel:{Guid.NewGuid():N}";
        using var cancel = new CancellationTokenSource();
        var (request, _) = await RequestAsync(tag, "RUN echo started && sleep 120");
        var started = Task.Run(() => engine.BuildAsync(request, line =>
        {
            if (line.Contains("started") && !line.Contains("echo"))
            {
                cancel.Cancel();
            }
        }, cancel.Token));

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => started);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"cancelling took {stopwatch.Elapsed}");
        Assert.False(await engine.ImageExistsAsync(tag));
        Assert.Empty(await TemporaryTagsAsync(tag));
        var next = await engine.BuildAsync((await RequestAsync(tag, "RUN true")).Request);
        Assert.True(next.Succeeded, string.Join('\n', next.OutputTail));
        await engine.RemoveImagesAsync([tag]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files a container wrote as another user may resist; the temp folder is cleaned by the system anyway.
        }
    }

    private void Require() => IntegrationGuard.Require(recipe.Failure, null);

    /// <summary>A run on the fixture's engine and client whose artifacts/sources already hold uWSGI's sources, so it fetches nothing.</summary>
    private async Task<PyImagesRun> RunWithSourcesAsync(ImageSpecInput spec)
    {
        var run = new PyImagesRun(recipe.Settings(_artifacts, spec, allowEngineInstall: false, bootstrapBase: false));
        var sources = await recipe.Run.FetchAsync();
        Directory.CreateDirectory(run.Layout.Sources);
        foreach (var file in Directory.GetFiles(sources.Directory))
        {
            File.Copy(file, Path.Combine(run.Layout.Sources, Path.GetFileName(file)));
        }

        return run;
    }

    /// <summary>A one-step Dockerfile on the fixture's base image, in a context of its own.</summary>
    private async Task<(BuildRequest Request, string Context)> RequestAsync(string tag, string run, string dockerfileStart = "FROM")
    {
        var baseImage = await recipe.Run.EnsureBaseImageAsync();
        var context = Directory.CreateDirectory(Path.Combine(_artifacts, $"ctx-{Guid.NewGuid():N}")).FullName;
        var dockerfile = Path.Combine(context, "Dockerfile");
        await File.WriteAllTextAsync(dockerfile, $"{dockerfileStart} {baseImage.Reference}\n{run}\n");
        var request = new BuildRequest(dockerfile, context, tag,
            new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue }, Path.Combine(_artifacts, "logs", $"{Guid.NewGuid():N}.log"));
        return (request, context);
    }

    private async Task<string> TemporaryTagsAsync(string tag)
    {
        var client = recipe.Run.ContainerEngine.Client;
        var images = await new CliProcessRunner().RunAsync(client.Spec(["images", "--format", "{{.Repository}}:{{.Tag}}", ReferenceRepository.Of(tag)]));
        return string.Join('\n', images.StandardOutput.Split('\n').Where(l => l.Contains(":tmp-")));
    }
}
