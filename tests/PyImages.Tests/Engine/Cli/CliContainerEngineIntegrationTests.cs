using PyImages.Engine;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Engine.Cli;

/// <summary>The engine's runs; its builds' faults run on every builder in <see cref="Pipeline.FaultsAssertions"/>.</summary>
[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public class CliContainerEngineIntegrationTests(EngineFixture fixture)
{
    [SkippableFact]
    public async Task A_run_gets_its_environment_from_the_clients_and_leaves_no_container()
    {
        IntegrationGuard.Require(fixture.Failure);
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
        IntegrationGuard.Require(fixture.Failure);
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
}
