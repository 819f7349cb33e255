using PyImages.Engine;

namespace PyImages.Tests.Engine;

/// <summary>
/// Replays one recorded run (or failure) and keeps the run requests it was given; answers <c>image inspect</c> from
/// <paramref name="inspect"/> when given. Any other use fails the test.
/// </summary>
internal sealed class FakeContainerEngine(Func<RunRequest, RunResult> run, Func<string, string>? inspect = null) : IContainerEngine
{
    public List<RunRequest> Runs { get; } = [];

    public EngineKind Kind => EngineKind.Docker;

    public string Executable => "docker";

    public static FakeContainerEngine Printing(string standardOutput) => new(_ => new RunResult(0, standardOutput, ""));

    public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        Runs.Add(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(run(request));
    }

    public Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult((inspect ?? throw new NotSupportedException())(reference));

    public Task<string> HistoryJsonLinesAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task SaveImageAsync(string reference, string tarPath, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> ListImageIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> ListContainerIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RemoveImagesAsync(IEnumerable<string> references, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RemoveContainersAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<PullResult> PullAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task ImportAsync(string rootfsTarPath, string reference, IReadOnlyList<string> changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
