using PyImages.Spec;

namespace PyImages.Engine.BaseImages;

/// <summary>
/// Base image facts remembered by image id: reading them runs a container (a third of a second), and an image id
/// names exactly one content, so every later run on the same base reads them from this file instead.
/// </summary>
public sealed class BaseFactsCache(string path)
{
    private sealed record Entry(string ImageId, BaseImageFacts Facts);

    public async Task<BaseImageFacts> ReadAsync(
        IContainerEngine engine, string reference, string configuredReference, bool bootstrapped, CancellationToken cancellationToken)
    {
        var imageId = await engine.ImageIdAsync(reference, cancellationToken);
        if (Load() is { } entry && imageId is not null && entry.ImageId == imageId)
        {
            return entry.Facts with { Reference = reference, ConfiguredReference = configuredReference, Bootstrapped = bootstrapped };
        }

        var facts = await BaseImageProbe.ReadAsync(engine, reference, configuredReference, bootstrapped, cancellationToken);
        if (imageId is not null)
        {
            Save(new Entry(imageId, facts));
        }

        return facts;
    }

    private Entry? Load() => JsonFile.Read<Entry>(path);

    private void Save(Entry entry) => JsonFile.Write(path, entry);
}
