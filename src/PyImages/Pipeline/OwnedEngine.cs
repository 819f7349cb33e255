using PyImages.Engine;

namespace PyImages.Pipeline;

/// <summary>
/// The run's engine with every container it starts (fetch, probes, verification, measurements) labelled with the
/// checkout and repository that ran it, so Clean removes this checkout's leftovers and never another run's containers.
/// </summary>
internal sealed class OwnedEngine(IContainerEngine inner, CheckoutIdentity owner) : IContainerEngine
{
    public EngineKind Kind => inner.Kind;

    public string Executable => inner.Executable;

    public EngineClient Client => inner.Client;

    public Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        inner.RunAsync(request with { Labels = WithOwner(request.Labels) }, cancellationToken);

    public Task<string> ContainerLogsAsync(string container, int lines, CancellationToken cancellationToken = default) =>
        inner.ContainerLogsAsync(container, lines, cancellationToken);

    public Task<EngineInfo?> ProbeAsync(CancellationToken cancellationToken = default) => inner.ProbeAsync(cancellationToken);

    public Task<BuildResult> BuildAsync(BuildRequest request, Action<string>? onOutputLine = null, CancellationToken cancellationToken = default) =>
        inner.BuildAsync(request, onOutputLine, cancellationToken);

    public Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default) => inner.ImageExistsAsync(reference, cancellationToken);

    public Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default) => inner.InspectImageJsonAsync(reference, cancellationToken);

    public Task<string> HistoryJsonLinesAsync(string reference, CancellationToken cancellationToken = default) => inner.HistoryJsonLinesAsync(reference, cancellationToken);

    public Task SaveImageAsync(string reference, string tarPath, CancellationToken cancellationToken = default) => inner.SaveImageAsync(reference, tarPath, cancellationToken);

    public Task<IReadOnlyList<string>> ListImageIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => inner.ListImageIdsAsync(labelFilter, cancellationToken);

    public Task<IReadOnlyList<string>> ListContainerIdsAsync(string labelFilter, CancellationToken cancellationToken = default) => inner.ListContainerIdsAsync(labelFilter, cancellationToken);

    public Task RemoveImagesAsync(IEnumerable<string> references, CancellationToken cancellationToken = default) => inner.RemoveImagesAsync(references, cancellationToken);

    public Task RemoveContainersAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default) => inner.RemoveContainersAsync(ids, cancellationToken);

    public Task<PullResult> PullAsync(string reference, CancellationToken cancellationToken = default) => inner.PullAsync(reference, cancellationToken);

    public Task ImportAsync(string rootfsTarPath, string reference, IReadOnlyList<string> changes, CancellationToken cancellationToken = default) =>
        inner.ImportAsync(rootfsTarPath, reference, changes, cancellationToken);

    private IReadOnlyDictionary<string, string> WithOwner(IReadOnlyDictionary<string, string>? labels) =>
        new Dictionary<string, string>(labels ?? new Dictionary<string, string>())
        {
            [ImageLabels.RunBy] = owner.RunByValue,
            [ImageLabels.Checkout] = owner.Id,
            [ImageLabels.Repository] = owner.Repository,
        };
}
