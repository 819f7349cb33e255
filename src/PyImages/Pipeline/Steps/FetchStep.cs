using PyImages.Sources;
using PyImages.Spec;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>The packages' sources in artifacts/sources, fetched once; image builds install from there only.</summary>
public static class FetchStep
{
    /// <param name="indexUrl">The package index, possibly with credentials: a secret, used here only.</param>
    public static async Task<FetchedSources> FetchAsync(
        PreparedEngine prepared, ImageSpec spec, string directory, string? indexUrl, ILogger log, CancellationToken cancellationToken)
    {
        var sources = await SourceFetcher.FetchAsync(
            prepared.Engine,
            prepared.Base,
            spec.Packages.Select(p => p.Text).ToList(),
            spec.Packages.Select(p => p.Name).ToList(),
            directory,
            indexUrl,
            cancellationToken);
        foreach (var (package, origin) in sources.Origins)
        {
            log.Information("Sources: {Package} from the {Origin}", package, origin);
        }

        foreach (var note in sources.Notes)
        {
            log.Information("Sources: {Note}", note);
        }

        return sources;
    }
}
