using PyImages.Engine;

namespace PyImages.Tests.Engine;

/// <summary>An engine that answers <see cref="ProbeAsync"/> from a function; any other use fails the test.</summary>
internal sealed class FakeEngine(EngineKind kind, Func<EngineInfo?> probe) : IContainerEngine
{
    public EngineKind Kind => kind;

    public string Executable => kind.ToString().ToLowerInvariant();

    public Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default) => Task.FromResult(probe());

    public Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<string> HistoryJsonLinesAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task SaveImageAsync(string reference, string tarPath, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<string>> ListImageIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<IReadOnlyList<string>> ListContainerIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task RemoveImagesAsync(IEnumerable<string> references, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task RemoveContainersAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<bool> PullAsync(string reference, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task ImportAsync(string rootfsTarPath, string reference, IReadOnlyList<string> changes, CancellationToken cancellationToken = default) => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("the fake engine was used beyond ProbeAsync");
}
