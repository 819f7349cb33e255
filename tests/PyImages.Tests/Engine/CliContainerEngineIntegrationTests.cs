using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Engine;

[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public class CliContainerEngineIntegrationTests(EngineFixture fixture)
{
    [SkippableFact]
    public async Task A_failed_build_leaves_no_image_under_the_tag_and_keeps_the_old_one()
    {
        IntegrationGuard.Require(fixture);
        var tag = $"pyimages-test/fail:{Guid.NewGuid():N}";
        var good = await fixture.Engine.BuildAsync(Request(tag, "RUN true"));
        Assert.True(good.Succeeded, string.Join('\n', good.OutputTail));

        var failed = await fixture.Engine.BuildAsync(Request(tag, "RUN echo compiling && exit 3"));

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.OutputTail, l => l.Contains("compiling"));
        Assert.Contains("compiling", File.ReadAllText(failed.LogPath));
        Assert.Equal(good.ImageId, ImageFactsParser.Parse(await fixture.Engine.InspectImageJsonAsync(tag)).Id);
        Assert.Empty(await TemporaryTagsAsync(tag));
        await fixture.Engine.RemoveImagesAsync([tag]);
        Assert.False(await fixture.Engine.ImageExistsAsync(tag));
    }

    [SkippableFact]
    public async Task A_cancelled_build_stops_the_client_leaves_no_tag_and_the_next_build_works()
    {
        IntegrationGuard.Require(fixture);
        var tag = $"pyimages-test/cancel:{Guid.NewGuid():N}";
        using var cancel = new CancellationTokenSource();
        var started = Task.Run(() => fixture.Engine.BuildAsync(Request(tag, "RUN echo started && sleep 120"), line =>
        {
            if (line.Contains("started") && !line.Contains("echo"))
            {
                cancel.Cancel();
            }
        }, cancel.Token));

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => started);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"cancelling took {stopwatch.Elapsed}");
        Assert.False(await fixture.Engine.ImageExistsAsync(tag));
        Assert.Empty(await TemporaryTagsAsync(tag));
        var next = await fixture.Engine.BuildAsync(Request(tag, "RUN true"));
        Assert.True(next.Succeeded, string.Join('\n', next.OutputTail));
        await fixture.Engine.RemoveImagesAsync([tag]);
    }

    [SkippableFact]
    public async Task A_run_gets_its_environment_from_the_clients_and_leaves_no_container()
    {
        IntegrationGuard.Require(fixture);
        // Other tests run containers at the same time: this one is told apart by a label of its own.
        var mine = $"org.pyimages.test-run={Guid.NewGuid():N}";
        var result = await fixture.Engine.RunAsync(new RunRequest(fixture.BaseImage.Reference, ["sh", "-c", "echo \"$SECRET\""],
            Environment: new Dictionary<string, string> { ["SECRET"] = "s3cret value" }, Network: false,
            Labels: new Dictionary<string, string> { [mine.Split('=')[0]] = mine.Split('=')[1] }));

        Assert.Equal("s3cret value", result.StandardOutput.Trim());
        Assert.Empty(await fixture.Engine.ListContainerIdsAsync(mine));
    }

    [SkippableFact]
    public async Task A_run_reads_a_secret_from_standard_input_and_its_output_is_copied_out_with_the_container_gone()
    {
        IntegrationGuard.Require(fixture);
        var mine = Guid.NewGuid().ToString("N");
        var host = Path.Combine(fixture.WorkDirectory, $"copied-{mine}");
        var result = await fixture.Engine.RunAsync(new RunRequest(fixture.BaseImage.Reference,
            ["sh", "-c", "mkdir -p /pyimages-out && read -r secret && echo \"$secret\" > /pyimages-out/got.txt"],
            Network: false, Labels: new Dictionary<string, string> { ["org.pyimages.test-run"] = mine },
            Output: new CopyOut("/pyimages-out", host), StandardInput: "s3cret value\n"));

        Assert.True(result.Succeeded, result.StandardError);
        Assert.Equal("s3cret value\n", File.ReadAllText(Path.Combine(host, "got.txt")));
        Assert.Empty(PyImages.Tests.Sources.FileOwnership.NotOwnedByMe(host));
        Assert.Empty(await fixture.Engine.ListContainerIdsAsync($"org.pyimages.test-run={mine}"));
    }

    private BuildRequest Request(string tag, string run)
    {
        var context = Directory.CreateTempSubdirectory("pyimages-ctx-").FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"FROM {fixture.BaseImage.Reference}\n{run}\n");
        return new BuildRequest(Path.Combine(context, "Dockerfile"), context, tag,
            new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue }, Path.Combine(fixture.WorkDirectory, "logs", $"{Guid.NewGuid():N}.log"));
    }

    private async Task<string> TemporaryTagsAsync(string tag)
    {
        var repository = TemporaryTag.Repository(tag);
        var images = await new CliProcessRunner().RunAsync(new ProcessSpec(fixture.Engine.Executable, ["images", "--format", "{{.Repository}}:{{.Tag}}", repository]));
        return string.Join('\n', images.StandardOutput.Split('\n').Where(l => l.Contains(":tmp-")));
    }
}
