using PyImages.Sources;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    private FetchedSources? _sources;

    /// <summary>The packages' sources in artifacts/sources, fetched once; image builds install from there only.</summary>
    public async Task<FetchedSources> FetchAsync(CancellationToken cancellationToken = default)
    {
        var baseImage = await EnsureBaseImageAsync(cancellationToken);
        if (_sources is null)
        {
            _sources = await SourceFetcher.FetchAsync(
                ContainerEngine,
                baseImage,
                ImageSpec.Packages.Select(p => p.Text).ToList(),
                ImageSpec.Packages.Select(p => p.Name).ToList(),
                Layout.Sources,
                _settings.IndexUrl,
                cancellationToken);
            foreach (var (package, origin) in _sources.Origins)
            {
                _log.Information("Sources: {Package} from the {Origin}", package, origin);
            }

            foreach (var note in _sources.Notes)
            {
                _log.Information("Sources: {Note}", note);
            }
        }

        return _sources;
    }
}
