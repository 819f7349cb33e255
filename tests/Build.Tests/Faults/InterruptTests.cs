using BuildHost.Tests.Execution;

namespace Build.Tests.Faults;

/// <summary>Ctrl-C or SIGTERM while a RUN step runs: the build stops, nothing of it is left, the next run just works.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class InterruptTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("blog-python");

    // An extra build dependency makes the interrupted apt step differ from the next run's, so that one really runs too.
    private const string UncachedDependency = "make";

    private readonly Sandbox _sandbox = new();
    private readonly Docker _docker = new();
    private string? _base;

    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Signal_during_a_run_step_stops_the_build_prints_the_summary_and_leaves_nothing_behind(string signal)
    {
        FaultsFixture.RequireEngine();
        if (signal == "INT" && IgnoredSignals.Contains(2))
        {
            Assert.Fail("This test process ignores SIGINT (SigIgn in /proc/self/status has SIGINT's bit, 0x2, set): the test runner was started with "
                + "SIGINT ignored, as a script's background job ('dotnet test ... &') is. build.sh inherits that, .NET then installs no SIGINT handler, "
                + "and the build would never see the signal. Run the tests in the foreground: dotnet test tests/Build.Tests --filter FullyQualifiedName~InterruptTests");
        }

        _sandbox.WithSources(await fixture.SourcesAsync());
        _base = BuildOwnBase(signal);
        string[] big = ["BuildBig", "--base-image", _base, "--repository", Repository];

        using (var interrupted = BuildSh.Start(_sandbox, [.. big, "--build-deps", "gcc", "libc6-dev", UncachedDependency]))
        {
            // apt's own output, so the RUN step is running whatever the builder prints around it.
            await interrupted.WaitForLineAsync("Get:1", TimeSpan.FromMinutes(2));
            interrupted.Signal(signal);
            var result = await interrupted.WaitAsync(TimeSpan.FromMinutes(1));

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Matches(@"BuildBig\s+Aborted", result.Output);
            Assert.Contains("Total", result.Output);
            Assert.True(result.Elapsed < TimeSpan.FromSeconds(90), result.ToString());
        }

        // At once, not eventually: the run waits until the engine has removed the step's container ("Removal In Progress").
        var remaining = BuildContainers();
        Assert.True(remaining.Count == 0, $"containers of the build remain after the run ended: {string.Join("; ", remaining)}");
        Assert.DoesNotContain(_docker.Tags(Repository), tag => tag.StartsWith("tmp-", StringComparison.Ordinal));
        var next = await BuildSh.RunAsync(_sandbox, big, timeout: TimeSpan.FromMinutes(8));
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.True(_docker.ImageExists($"{Repository}:big"));
    }

    public void Dispose()
    {
        _docker.RemoveRepository(Repository);
        if (_base is not null)
            _docker.RemoveImage(_base);
        _sandbox.Dispose();
    }

    /// <summary>
    /// The shared base with a label of this run and signal: an image no other build has used, so no step on it is cached.
    /// On the shared base, another suite's or run's layers (PyImages.Tests builds Big with make too) would skip the RUN
    /// steps, and the build would end before the signal.
    /// </summary>
    private string BuildOwnBase(string signal)
    {
        var tag = FaultsNames.Named("interrupt-base") + ":" + signal.ToLowerInvariant();
        var context = Directory.CreateTempSubdirectory("pyimages-faults-context-").FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"FROM {FaultsFixture.BaseImage}\nLABEL purpose=\"interrupt test {FaultsNames.RunId} {signal}\"\n");
        _docker.Run("build", "-q", "-t", tag, context);
        Directory.Delete(context, recursive: true);
        return tag;
    }

    /// <summary>Containers of the interrupted build: built on this test's own base, its apt step the only command naming the extra dependency.</summary>
    private List<string> BuildContainers() =>
        _docker.Run("ps", "-a", "--no-trunc", "--filter", $"ancestor={_base}", "--format", "{{.ID}} {{.Status}} {{.Command}}")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains($"'libc6-dev' '{UncachedDependency}'", StringComparison.Ordinal))
            .ToList();
}
