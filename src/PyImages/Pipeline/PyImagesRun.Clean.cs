using PyImages.Engine;
using PyImages.Inspection;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Removes the containers PyImages ran and the images it built, and nothing else: base images, the bootstrapped
    /// stand-in, anyone else's images and containers (also those FROM ours, which inherit our labels) stay. Without an engine there is nothing to remove.
    /// </summary>
    public async Task<int> RemoveImagesAsync(CancellationToken cancellationToken = default)
    {
        await LockAsync(cancellationToken);
        try
        {
            // Never install an engine just to clean up.
            _engine ??= await new EngineProvisioner(client: _settings.Client).EnsureAsync(_settings.Engine, Layout.Logs, allowInstall: false, cancellationToken);
        }
        catch (PyImagesException exception)
        {
            _log.Information("Clean: no engine answers, so there are no images to remove ({Reason})", exception.Message);
            return 0;
        }

        var containers = await Engine.ListContainerIdsAsync(ImageLabels.RunContainerFilter, cancellationToken);
        await Engine.RemoveContainersAsync(containers, cancellationToken);
        var images = new List<string>();
        foreach (var id in await Engine.ListImageIdsAsync(ImageLabels.ProjectFilter, cancellationToken))
        {
            var image = ImageFactsParser.Parse(await Engine.InspectImageJsonAsync(id, cancellationToken));
            if (IsOurs(image))
            {
                // By tag: an image someone built FROM ours keeps the layers it needs, only our name goes.
                images.AddRange(image.RepoTags.Count > 0 ? image.RepoTags : [id]);
            }
        }

        foreach (var image in images)
        {
            try
            {
                await Engine.RemoveImagesAsync([image], cancellationToken);
            }
            catch (PyImagesException exception)
            {
                _log.Warning("Clean: kept {Image}: {Reason}", image, exception.Message);
            }
        }

        _log.Information("Clean: removed {Containers} container(s) and {Images} image(s) labelled {Label}", containers.Count, images.Count, ImageLabels.ProjectFilter);
        return images.Count;
    }

    /// <summary>
    /// Labels are inherited: an image someone built FROM one of ours carries our project label too. Ours are those
    /// still tagged with the title we gave them (Podman prefixes local names with localhost/), or no longer tagged at
    /// all (superseded builds).
    /// </summary>
    internal static bool IsOurs(ImageFacts image) =>
        image.RepoTags.Count == 0
        || (image.Labels.TryGetValue(ImageLabels.Title, out var title)
            && (image.RepoTags.Contains(title) || image.RepoTags.Contains("localhost/" + title)));
}
