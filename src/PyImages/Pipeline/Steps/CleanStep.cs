using PyImages.Engine;
using PyImages.Inspection;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>
/// Removes what this checkout built for its repository, and nothing else: the containers its runs left (the checkout's
/// lock is held, so none of its runs is running), and its images. Other checkouts' and repositories' images and
/// containers, base images, and images someone built FROM ours stay. Logs each removal and each image kept, with the reason.
/// </summary>
public static class CleanStep
{
    /// <param name="builtHere">Every image id this checkout's builds made, superseded ones too.</param>
    public static async Task<CleanResult> CleanAsync(
        IContainerEngine engine, CheckoutIdentity owner, IReadOnlyList<string> builtHere, ILogger log, CancellationToken cancellationToken)
    {
        var containers = await engine.ListContainerIdsAsync(owner.RunByFilter, cancellationToken);
        await engine.RemoveContainersAsync(containers, cancellationToken);
        foreach (var container in containers)
        {
            log.Information("Clean: removed container {Container} (left by an earlier run of this checkout)", ImageId.Short(container));
        }

        var removed = new List<string>();
        var kept = new List<KeptImage>();
        foreach (var id in await engine.ListImageIdsAsync(owner.CheckoutFilter, cancellationToken))
        {
            var image = ImageFactsParser.Parse(await engine.InspectImageJsonAsync(id, cancellationToken));
            var name = image.RepoTags.Count > 0 ? string.Join(", ", image.RepoTags) : ImageId.Short(image.Id);
            if ((CleanSelection.WhyKept(image, owner, builtHere) ?? await RemoveAsync(engine, image, owner, cancellationToken)) is { } reason)
            {
                kept.Add(new KeptImage(name, reason));
            }
            else
            {
                removed.Add(name);
            }
        }

        foreach (var image in removed)
        {
            log.Information("Clean: removed image {Image}", image);
        }

        foreach (var image in kept)
        {
            log.Information("Clean: kept image {Image}: {Reason}", image.Image, image.Reason);
        }

        log.Information("Clean: removed {Containers} container(s) and {Images} image(s) this checkout built for {Repository}; kept {Kept} image(s)",
            containers.Count, removed.Count, owner.Repository, kept.Count);
        return new CleanResult(containers, removed, kept);
    }

    /// <summary>
    /// Untags our tags (an image someone built FROM ours keeps the layers it needs), or removes the untagged image.
    /// Returns null when the image is gone, else why it stays.
    /// </summary>
    private static async Task<string?> RemoveAsync(IContainerEngine engine, ImageFacts image, CheckoutIdentity owner, CancellationToken cancellationToken)
    {
        var ours = CleanSelection.OurTags(image, owner);
        try
        {
            await engine.RemoveImagesAsync(ours.Count > 0 ? ours : [image.Id], cancellationToken);
        }
        catch (PyImagesException exception)
        {
            return exception.Message;
        }

        if (!await engine.ImageExistsAsync(image.Id, cancellationToken))
        {
            return null;
        }

        var others = image.RepoTags.Except(ours).ToList();
        return others.Count > 0
            ? $"our tags are removed, but the image is also tagged {string.Join(", ", others)}"
            : "our tags are removed, but the image stays: another image was built FROM it, or a container uses it";
    }
}
