using PyImages.Engine;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Engine;

/// <summary>The engine's runs; its builds' faults run on every builder in <see cref="Pipeline.FaultsAssertions"/>.</summary>
[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public class CliContainerEngineIntegrationTests(EngineFixture fixture)
{
    [SkippableFact]
    public async Task A_run_gets_its_environment_from_a_file_and_leaves_no_container()
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
}
