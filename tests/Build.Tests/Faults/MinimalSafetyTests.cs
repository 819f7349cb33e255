namespace Build.Tests.Faults;

/// <summary>Minimal runs as a non-root user and has no world-writable file under the Python prefix, as Verify checks.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class MinimalSafetyTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("minimal");
    private static readonly string Image = Repository + ":minimal";

    private readonly Sandbox _sandbox = new();

    [SkippableFact]
    public async Task Verify_passes_minimal_as_non_root_without_world_writable_files()
    {
        FaultsFixture.RequireEngine();
        _sandbox.WithSources(await fixture.SourcesAsync());

        var result = await BuildSh.RunAsync(_sandbox, ["BuildMinimal", "Verify", "--base-image", FaultsFixture.BaseImage, "--repository", Repository], timeout: TimeSpan.FromMinutes(10));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Verify {Image}: non-root passed", result.Output);
        Assert.Contains($"Verify {Image}: no world-writable files passed", result.Output);
        Assert.NotEqual("", new Docker().Run("image", "inspect", "--format", "{{.Config.User}}", Image).Trim());
    }

    public void Dispose()
    {
        new Docker().RemoveImage(Image);
        _sandbox.Dispose();
    }
}
