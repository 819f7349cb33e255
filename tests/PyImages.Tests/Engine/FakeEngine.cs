using PyImages.Engine;

namespace PyImages.Tests.Engine;

/// <summary>
/// The test kit's one fake engine: answers what the test set up (a probe, builds judged by the Dockerfile's text, runs
/// replayed from a function, <c>image inspect</c> and a tag's image id from functions) and keeps what it was asked; any other use fails the test.
/// </summary>
internal sealed class FakeEngine(
    EngineKind kind = EngineKind.Docker,
    Func<EngineInfo?>? probe = null,
    Func<string, bool>? builds = null,
    Func<RunRequest, RunResult>? run = null,
    Func<string, string>? inspect = null,
    Func<string, string?>? imageId = null) : IContainerEngine
{
    public EngineKind Kind => kind;

    /// <summary>Text of every Dockerfile built.</summary>
    public List<string> Built { get; } = [];

    public List<string> Removed { get; } = [];

    public List<RunRequest> Runs { get; } = [];

    public string Executable => kind.ToString().ToLowerInvariant();

    /// <summary>An engine whose every container prints <paramref name="standardOutput"/> and succeeds.</summary>
    public static FakeEngine Printing(string standardOutput) => new(run: _ => new RunResult(0, standardOutput, ""));

    public Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default) => Task.FromResult((probe ?? throw Unexpected())());

    public Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default)
    {
        var text = File.ReadAllText(request.DockerfilePath);
        Built.Add(text);
        var succeeded = (builds ?? throw Unexpected())(text);
        return Task.FromResult(new BuildResult(succeeded ? 0 : 1, succeeded ? "sha256:1" : null, [], request.LogPath, TimeSpan.Zero));
    }

    public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        Runs.Add(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult((run ?? throw Unexpected())(request));
    }

    public Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<string?> ImageIdAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult((imageId ?? throw Unexpected())(reference));

    public Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult((inspect ?? throw Unexpected())(reference));

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
