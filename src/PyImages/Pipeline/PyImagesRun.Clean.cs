using PyImages.Engine;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Removes the containers and images that carry this project's label, and nothing else: base images,
    /// the bootstrapped stand-in and anyone else's images stay. Without an engine there is nothing to remove.
    /// </summary>
    public async Task<int> RemoveImagesAsync(CancellationToken cancellationToken = default)
    {
        await LockAsync(cancellationToken);
        try
        {
            // Never install an engine just to clean up.
            _engine ??= await new EngineProvisioner().EnsureAsync(_settings.Engine, Layout.Logs, allowInstall: false, cancellationToken);
        }
        catch (PyImagesException exception)
        {
            _log.Information("Clean: no engine answers, so there are no images to remove ({Reason})", exception.Message);
            return 0;
        }

        var containers = await Engine.ListContainerIdsAsync(ImageLabels.ProjectFilter, cancellationToken);
        await Engine.RemoveContainersAsync(containers, cancellationToken);
        var images = await Engine.ListImageIdsAsync(ImageLabels.ProjectFilter, cancellationToken);
        await Engine.RemoveImagesAsync(images, cancellationToken);
        _log.Information("Clean: removed {Containers} container(s) and {Images} image(s) labelled {Label}", containers.Count, images.Count, ImageLabels.ProjectFilter);
        return images.Count;
    }
}
