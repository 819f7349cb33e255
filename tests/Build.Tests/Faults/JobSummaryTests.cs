namespace Build.Tests.Faults;

/// <summary>On GitHub Actions the Report target appends the report (without its chart) to the job summary.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class JobSummaryTests(FaultsFixture fixture) : IDisposable
{
    private readonly Sandbox _sandbox = new();

    [SkippableFact]
    public async Task Report_appends_the_report_to_the_github_job_summary()
    {
        FaultsFixture.RequireEngine();
        await fixture.SourcesAsync(); // the shared fetch, which makes sure the base image is there
        var summary = _sandbox.PathOf("job-summary.md");
        File.WriteAllText(summary, "earlier step\n");
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };

        var result = await BuildSh.RunAsync(_sandbox, ["Report", "--base-image", FaultsFixture.BaseImage, "--repository", FaultsNames.Named("job-summary")], environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n# PyImages report", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sizes.svg", text, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();
}
