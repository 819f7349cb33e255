namespace Build.Tests.Faults;

/// <summary>
/// The report claims only what is true: the image this checkout's last successful build made, marked stale after a
/// failed rebuild; an image of the same name built by hand or by another checkout is named, not reported as ours; a gate
/// with nothing to measure fails.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ReportTruthTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("report-truth");
    private static readonly string HandBuilt = FaultsNames.Named("hand-built");

    private readonly Sandbox _first = new();
    private readonly Sandbox _second = new();
    private readonly Docker _docker = new();

    [SkippableFact]
    public async Task After_a_failed_rebuild_the_image_is_stale_and_its_gate_fails_and_another_checkout_does_not_claim_it()
    {
        FaultsFixture.RequireEngine();
        var sources = await fixture.SourcesAsync();
        _first.WithSources(sources);
        _second.WithSources(sources);
        string[] small = ["BuildSmall", "--base-image", FaultsFixture.BaseImage, "--repository", Repository];
        string[] report = ["Report", "--base-image", FaultsFixture.BaseImage, "--repository", Repository, "--max-size", "small=10GB"];

        var built = await BuildSh.RunAsync(_first, small, timeout: TimeSpan.FromMinutes(10));
        Assert.True(built.ExitCode == 0, built.ToString());
        var failed = await BuildSh.RunAsync(_first, [.. small, "--build-deps", "gcc", "libc6-dev", "pyimages-no-such-package"], timeout: TimeSpan.FromMinutes(5));
        Assert.True(failed.ExitCode != 0, failed.ToString());

        var stale = await BuildSh.RunAsync(_first, report);

        Assert.True(stale.ExitCode != 0, "the gate passed on a stale image\n" + stale);
        Assert.Contains("STALE: the latest build failed", stale.Output);
        Assert.Contains("has nothing to measure", stale.Output);

        var otherCheckout = await BuildSh.RunAsync(_second, report);

        Assert.True(otherCheckout.ExitCode != 0, "another checkout's gate passed on the first checkout's image\n" + otherCheckout);
        Assert.Contains($"{Repository}:small is on the engine, but another checkout built it", otherCheckout.Output);
        Assert.DoesNotContain("STALE", otherCheckout.Output);
    }

    [SkippableFact]
    public async Task An_image_of_the_same_name_that_PyImages_never_built_is_not_a_variant_and_gates_fail_with_nothing_to_measure()
    {
        FaultsFixture.RequireEngine();
        var context = Directory.CreateTempSubdirectory("pyimages-faults-context-").FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"FROM {FaultsFixture.BaseImage}\nLABEL purpose=hand-built\n");
        _docker.Run("build", "-q", "-t", $"{HandBuilt}:small", context);
        Directory.Delete(context, recursive: true);

        var result = await BuildSh.RunAsync(_second, ["Report", "--base-image", FaultsFixture.BaseImage, "--repository", HandBuilt, "--max-size", "1GB"]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"{HandBuilt}:small is on the engine, but PyImages did not build it", result.Output);
        Assert.Contains("has nothing to measure", result.Output);
        var json = File.ReadAllText(_second.PathOf("artifacts", "report", "report.json"));
        Assert.DoesNotContain("\"Succeeded\"", json);
    }

    public void Dispose()
    {
        _docker.RemoveRepository(Repository);
        _docker.RemoveRepository(HandBuilt);
        _first.Dispose();
        _second.Dispose();
    }
}
