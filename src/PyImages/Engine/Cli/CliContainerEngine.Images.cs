using PyImages.Spec;

namespace PyImages.Engine.Cli;

public sealed partial class CliContainerEngine
{
    public async Task<bool> ImageExistsAsync(string reference, CancellationToken cancellationToken = default) =>
        await ImageIdAsync(reference, cancellationToken) is not null;

    public async Task<string> InspectImageJsonAsync(string reference, CancellationToken cancellationToken = default) =>
        (await RunCheckedAsync(["image", "inspect", reference], cancellationToken)).StandardOutput;

    public async Task<string> HistoryJsonLinesAsync(string reference, CancellationToken cancellationToken = default) =>
        (await RunCheckedAsync(["history", "--no-trunc", "--human=false", "--format", "{{json .}}", reference], cancellationToken)).StandardOutput;

    public async Task SaveImageAsync(string reference, string tarPath, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(tarPath))!);
        await RunCheckedAsync(["save", "-o", tarPath, reference], cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListImageIdsAsync(string labelFilter, CancellationToken cancellationToken = default) =>
        Lines((await RunCheckedAsync(["images", "-q", "--no-trunc", "--filter", $"label={labelFilter}"], cancellationToken)).StandardOutput);

    public async Task<IReadOnlyList<string>> ListContainerIdsAsync(string labelFilter, CancellationToken cancellationToken = default) =>
        Lines((await RunCheckedAsync(["ps", "-a", "-q", "--no-trunc", "--filter", $"label={labelFilter}"], cancellationToken)).StandardOutput);

    /// <summary>Removes images (or untags a tag that shares its image); references already gone are fine.</summary>
    public async Task RemoveImagesAsync(IEnumerable<string> references, CancellationToken cancellationToken = default)
    {
        foreach (var reference in references.Distinct())
        {
            var result = await RunAsync(["rmi", reference], cancellationToken);
            if (!result.Succeeded && await ImageExistsAsync(reference, cancellationToken))
            {
                throw new PyImagesException($"Could not remove image {reference}: {result.FirstErrorLine}");
            }
        }
    }

    public async Task RemoveContainersAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var list = ids.Distinct().ToList();
        if (list.Count > 0)
        {
            await RunCheckedAsync(["rm", "-f", .. list], cancellationToken);
        }
    }

    public async Task<PullResult> PullAsync(string reference, CancellationToken cancellationToken = default) =>
        PullResult.From(await RunAsync(["pull", .. PullFlags(reference), reference], cancellationToken));

    /// <summary>
    /// Docker pulls from registries on the loopback network over plain HTTP by itself (127.0.0.0/8 is insecure by default);
    /// Podman is told the same for those alone, so a local registry works alike on both without touching the machine's config.
    /// </summary>
    private IReadOnlyList<string> PullFlags(string reference) =>
        Kind == EngineKind.Podman && ImageReference.TryParse(reference, out var parsed, out _) && LoopbackRegistry.Is(parsed.Registry)
            ? ["--tls-verify=false"]
            : [];

    public async Task ImportAsync(string rootfsTarPath, string reference, IReadOnlyList<string> changes, CancellationToken cancellationToken = default) =>
        await RunCheckedAsync(["import", .. changes.SelectMany(c => new[] { "--change", c }), rootfsTarPath, reference], cancellationToken);
}
