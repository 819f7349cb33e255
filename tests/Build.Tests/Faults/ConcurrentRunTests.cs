using System.Text.Json;

namespace Build.Tests.Faults;

/// <summary>Two runs at once in one checkout: the second waits for the first, both end well, every file is whole.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ConcurrentRunTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("concurrent");

    private readonly Sandbox _sandbox = new();
    private readonly Docker _docker = new();

    [SkippableFact]
    public async Task Second_run_waits_for_the_lock_and_both_succeed_with_whole_files()
    {
        FaultsFixture.RequireEngine();
        _sandbox.WithSources(await fixture.SourcesAsync());
        string[] small = ["BuildSmall", "Report", "--base-image", FaultsFixture.BaseImage, "--repository", Repository];

        using var first = BuildSh.Start(_sandbox, small);
        using var second = BuildSh.Start(_sandbox, small);
        var results = await Task.WhenAll(first.WaitAsync(TimeSpan.FromMinutes(8)), second.WaitAsync(TimeSpan.FromMinutes(8)));

        Assert.All(results, result => Assert.True(result.ExitCode == 0, result.ToString()));
        Assert.Single(results, result => result.Output.Contains("is using this checkout; waiting", StringComparison.Ordinal));
        var dockerfile = File.ReadAllText(_sandbox.PathOf("artifacts", "dockerfiles", "Dockerfile.small"));
        Assert.Single(dockerfile.Split('\n'), line => line.StartsWith("FROM ", StringComparison.Ordinal) && line.Contains(" AS ", StringComparison.Ordinal));
        var log = File.ReadAllLines(_sandbox.PathOf("artifacts", "logs", "small.log"));
        Assert.Single(log, line => line.StartsWith("$ docker build", StringComparison.Ordinal));
        Assert.StartsWith("build succeeded", log[^1]);
        foreach (var json in Directory.GetFiles(_sandbox.Artifacts, "*.json", SearchOption.AllDirectories))
            JsonDocument.Parse(File.ReadAllText(json)).Dispose();
    }

    public void Dispose()
    {
        _docker.RemoveRepository(Repository);
        _sandbox.Dispose();
    }
}
