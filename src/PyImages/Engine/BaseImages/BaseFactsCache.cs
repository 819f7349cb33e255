using System.Text.Json;
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
        var imageId = ImageId(await engine.InspectImageJsonAsync(reference, cancellationToken));
        if (Load() is { } entry && entry.ImageId == imageId && imageId.Length > 0)
        {
            return entry.Facts with { Reference = reference, ConfiguredReference = configuredReference, Bootstrapped = bootstrapped };
        }

        var facts = await BaseImageProbe.ReadAsync(engine, reference, configuredReference, bootstrapped, cancellationToken);
        Save(new Entry(imageId, facts));
        return facts;
    }

    private static string ImageId(string inspectJson)
    {
        using var document = JsonDocument.Parse(inspectJson);
        return document.RootElement.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } image
            && image.TryGetProperty("Id", out var id) ? id.GetString() ?? string.Empty : string.Empty;
    }

    private Entry? Load() => JsonFile.Read<Entry>(path);

    private void Save(Entry entry) => JsonFile.Write(path, entry);
}
