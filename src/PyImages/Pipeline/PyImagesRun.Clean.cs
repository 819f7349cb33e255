using PyImages.Engine;
using PyImages.Engine.Provisioning;
using PyImages.Inspection;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Removes what this checkout built for the repository it is given, and nothing else: the containers its runs left
    /// (the checkout's lock is held, so none of its runs is running), and its images. Other checkouts' and repositories'
    /// images and containers, base images, and images someone built FROM ours stay. Logs each removal and each image kept,
    /// with the reason. Without an engine there is nothing to remove.
    /// </summary>
    public async Task<CleanResult> RemoveImagesAsync(CancellationToken cancellationToken = default)
    {
        await LockAsync(cancellationToken);
        try
        {
            // Never install an engine just to clean up.
            if (_engine is null)
            {
                _engine = await new EngineProvisioner(client: _settings.Client, containerLabels: Owner.ContainerLabels)
                    .EnsureAsync(_settings.Engine, Layout.Logs, allowInstall: false, cancellationToken);
            }
        }
        catch (PyImagesException exception)
        {
            _log.Information("Clean: no engine answers, so there are no images to remove ({Reason})", exception.Message);
            return CleanResult.Nothing;
        }

        var containers = await ContainerEngine.ListContainerIdsAsync(Owner.RunByFilter, cancellationToken);
        await ContainerEngine.RemoveContainersAsync(containers, cancellationToken);
        foreach (var container in containers)
        {
            _log.Information("Clean: removed container {Container} (left by an earlier run of this checkout)", ImageId.Short(container));
        }

        var builtHere = State.Load<List<string>>(StateNames.BuiltImages) ?? [];
        var removed = new List<string>();
        var kept = new List<KeptImage>();
        foreach (var id in await ContainerEngine.ListImageIdsAsync(Owner.CheckoutFilter, cancellationToken))
        {
            var image = ImageFactsParser.Parse(await ContainerEngine.InspectImageJsonAsync(id, cancellationToken));
            var name = image.RepoTags.Count > 0 ? string.Join(", ", image.RepoTags) : ImageId.Short(image.Id);
            if (CleanSelection.WhyKept(image, Owner, builtHere) is { } reason)
            {
                kept.Add(new KeptImage(name, reason));
                continue;
            }

            if (await RemoveAsync(image, cancellationToken) is { } stays)
            {
                kept.Add(new KeptImage(name, stays));
            }
            else
            {
                removed.Add(name);
            }
        }

        foreach (var image in removed)
        {
            _log.Information("Clean: removed image {Image}", image);
        }

        foreach (var image in kept)
        {
            _log.Information("Clean: kept image {Image}: {Reason}", image.Image, image.Reason);
        }

        _log.Information("Clean: removed {Containers} container(s) and {Images} image(s) this checkout built for {Repository}; kept {Kept} image(s)",
            containers.Count, removed.Count, Owner.Repository, kept.Count);
        return new CleanResult(containers, removed, kept);
    }

    /// <summary>
    /// Untags our tags (an image someone built FROM ours keeps the layers it needs), or removes the untagged image.
    /// Returns null when the image is gone, else why it stays.
    /// </summary>
    private async Task<string?> RemoveAsync(ImageFacts image, CancellationToken cancellationToken)
    {
        var ours = CleanSelection.OurTags(image, Owner);
        try
        {
            await ContainerEngine.RemoveImagesAsync(ours.Count > 0 ? ours : [image.Id], cancellationToken);
        }
        catch (PyImagesException exception)
        {
            return exception.Message;
        }

        if (!await ContainerEngine.ImageExistsAsync(image.Id, cancellationToken))
        {
            return null;
        }

        var others = image.RepoTags.Except(ours).ToList();
        return others.Count > 0
            ? $"our tags are removed, but the image is also tagged {string.Join(", ", others)}"
            : "our tags are removed, but the image stays: another image was built FROM it, or a container uses it";
    }
}
