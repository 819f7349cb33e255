namespace Build.Tests.Faults;

/// <summary>The engine dies mid-build (on the tests' own dockerd): a clear failure, no half-tagged image, and the next run works.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class EngineKilledTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("killed");

    private readonly Sandbox _sandbox = new();
    private Docker? _docker;

    [SkippableFact]
    public async Task Engine_killed_during_a_run_step_fails_the_target_clearly_and_the_next_run_succeeds()
    {
        FaultsFixture.RequireEngine();
        _sandbox.WithSources(await fixture.SourcesAsync());
        var engine = await fixture.SecondEngineAsync();
        _docker = engine.Docker;
        string[] buildBreak = ["BuildBreak", "--base-image", FaultsFixture.BaseImage, "--repository", Repository];

        using (var build = BuildSh.Start(_sandbox, buildBreak, engine.Docker.Environment))
        {
            await build.WaitForLineAsync("--no-build-isolation 'uwsgi'", TimeSpan.FromMinutes(2));
            engine.Kill();
            var result = await build.WaitAsync(TimeSpan.FromMinutes(2));

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Matches(@"BuildBreak\s+Failed", result.Output);
            Assert.Contains("the container engine stopped answering during the build", result.Output);
            Assert.Contains("nothing was tagged", result.Output);
            Assert.DoesNotMatch(@"\n\s+at [\w.]+\(", result.Output);
        }

        Assert.Null(await engine.StartAsync());
        Assert.DoesNotContain(engine.Docker.Tags(Repository), tag => tag.StartsWith("tmp-", StringComparison.Ordinal));
        var next = await BuildSh.RunAsync(_sandbox, buildBreak, engine.Docker.Environment);
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains("failed as expected: Exception: you need a C compiler to build uWSGI", next.Output);
    }

    public void Dispose()
    {
        _docker?.RemoveRepository(Repository);
        _sandbox.Dispose();
    }
}
