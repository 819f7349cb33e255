namespace Build.Tests.Faults;

[Collection(FaultsCollection.Name)]
public sealed class NoEngineTests : IDisposable
{
    private readonly Sandbox _sandbox = new();
    private readonly FakeEngine _engine = new();

    [Fact]
    public async Task No_engine_and_none_can_be_started_says_how_to_get_one_without_a_stack_trace()
    {
        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall", "--engine", "podman"], _engine.Environment, TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("No container engine answers", result.Output);
        Assert.Contains("Install Docker Engine and start it (or point DOCKER_HOST at a running engine), or install Podman", result.Output);
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(", result.Output);
        Assert.Contains(_engine.Calls, call => call.StartsWith("podman version", StringComparison.Ordinal));
        Assert.Matches(@"EnsureEngine\s+Failed", result.Output);
    }

    public void Dispose()
    {
        _sandbox.Dispose();
        _engine.Dispose();
    }
}
