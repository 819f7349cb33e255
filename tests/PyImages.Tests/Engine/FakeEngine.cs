using PyImages.Engine;

namespace PyImages.Tests.Engine;

/// <summary>
/// An engine that answers <see cref="ProbeAsync"/> from a function and, when given <paramref name="builds"/>, builds by
/// the Dockerfile's text (true: exit code 0); any other use fails the test.
/// </summary>
internal sealed class FakeEngine(EngineKind kind, Func<EngineInfo?> probe, Func<string, bool>? builds = null) : IContainerEngine
{
    public EngineKind Kind => kind;

    /// <summary>Text of every Dockerfile built.</summary>
    public List<string> Built { get; } = [];

    public List<string> Removed { get; } = [];

    public string Executable => kind.ToString().ToLowerInvariant();

    public Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default) => Task.FromResult(probe());

    public Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default)
    {
        var text = File.ReadAllText(request.DockerfilePath);
        Built.Add(text);
        var succeeded = (builds ?? throw Unexpected())(text);
        return Task.FromResult(new BuildResult(succeeded ? 0 : 1, succeeded ? "sha256:1" : null, [], request.LogPath, TimeSpan.Zero));
    }

    public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<string> HistoryJsonLinesAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task SaveImageAsync(string reference, string tarPath, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<string>> ListImageIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<string>> ListContainerIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task RemoveImagesAsync(IEnumerable<string> references, CancellationToken cancellationToken = default)
    {
        Removed.AddRange(references);
        return Task.CompletedTask;
    }

    public Task RemoveContainersAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<PullResult> PullAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task ImportAsync(string rootfsTarPath, string reference, IReadOnlyList<string> changes, CancellationToken cancellationToken = default) => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("the fake engine was used beyond what the test set up");
}
