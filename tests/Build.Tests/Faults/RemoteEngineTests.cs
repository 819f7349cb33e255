namespace Build.Tests.Faults;

/// <summary>
/// The main job against an engine that does not share this machine's files (as one reached by DOCKER_HOST, a CI
/// service or a remote builder does not): a dockerd in a mount namespace of its own, where the checkout and the run's
/// root lie under empty folders. Whatever PyImages bind-mounted from the host would be empty in its containers, so the
/// job passes only if every file reaches the engine some other way (build contexts, the client's streams).
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RemoteEngineTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string ImageRepository = FaultsNames.Named("remote-job");

    private readonly Sandbox _sandbox = new();

    [SkippableFact]
    public async Task The_main_job_fetches_builds_verifies_and_reports_on_an_engine_that_cannot_see_the_checkout()
    {
        FaultsFixture.RequireEngine();
        await fixture.SourcesAsync(); // the base image is on the shared engine from here on
        var engine = new SecondEngine("remote", subnet: 8, hiddenPaths: [_sandbox.Root, Repository.Root]);
        Assert.Null(await engine.StartAsync());
        try
        {
            engine.Load(FaultsFixture.BaseImage);
            File.WriteAllText(_sandbox.PathOf("seen-from-the-engine"), "a file of this machine");
            foreach (var folder in new[] { _sandbox.Root, (string)Repository.Root })
            {
                var listing = engine.Docker.Run("run", "--rm", "--network", "none", "-v", $"{folder}:/probe:ro", FaultsFixture.BaseImage, "ls", "-A", "/probe");
                Assert.True(listing.Trim() == "", $"the engine sees {folder}: {listing}");
            }

            var result = await BuildSh.RunAsync(
                _sandbox,
                ["BuildSmall", "BuildMinimal", "Verify", "Report", "--base-image", FaultsFixture.BaseImage, "--repository", ImageRepository],
                engine.Docker.Environment,
                TimeSpan.FromMinutes(20));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(File.Exists(_sandbox.PathOf("artifacts", "report", "report.json")), result.ToString());
            foreach (var tag in new[] { "small", "minimal" })
            {
                Assert.Contains($"Verify {ImageRepository}:{tag}: import passed", result.Output);
                Assert.Contains($"Verify {ImageRepository}:{tag}: shared libraries passed", result.Output);
                Assert.True(engine.Docker.ImageExists($"{ImageRepository}:{tag}"), $"{ImageRepository}:{tag} is not on the remote engine");
                Assert.False(new Docker().ImageExists($"{ImageRepository}:{tag}"), $"{ImageRepository}:{tag} was built on the shared engine");
            }
        }
        finally
        {
            engine.Docker.RemoveRepository(ImageRepository); // its data root outlives it: each run's tags would pile up
            await engine.StopAsync();
        }
    }

    public void Dispose() => _sandbox.Dispose();
}
