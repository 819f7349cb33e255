using System.Globalization;
using System.Text.Json;
using PyImages.Engine;

namespace PyImages.Inspection;

/// <summary>Reads the JSON array printed by <c>docker image inspect</c> or <c>podman image inspect</c>.</summary>
public static class ImageFactsParser
{
    /// <summary>Parses the first image of the array.</summary>
    /// <exception cref="PyImagesException">The text is not an inspect array with at least one image.</exception>
    public static ImageFacts Parse(string inspectJson)
    {
        using var document = ParseDocument(inspectJson);
        var root = document.RootElement;
        var image = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 ? root[0] : root;
        if (image.ValueKind != JsonValueKind.Object || image.String("Id") is not { } id)
        {
            throw new PyImagesException($"The image inspect output has no image with an \"Id\": {Excerpt(inspectJson)}");
        }

        var config = image.Property("Config") ?? default;
        var isPodman = image.Property("NamesHistory") is not null || image.Property("ManifestType") is not null;
        return new ImageFacts(
            Id: ImageId.Full(id),
            RepoTags: image.Strings("RepoTags"),
            Created: ParseDate(image.String("Created")),
            SizeBytes: image.Int64("Size") ?? 0,
            SizeAccounting: isPodman ? ImageSizeAccounting.PodmanLayerTarBytes : ImageSizeAccounting.DockerContentBytes,
            Labels: config.StringMap("Labels") is { Count: > 0 } labels ? labels : image.StringMap("Labels"),
            Architecture: image.String("Architecture") ?? string.Empty,
            Os: image.String("Os") ?? string.Empty,
            User: config.String("User") ?? image.String("User") ?? string.Empty,
            Entrypoint: config.Strings("Entrypoint"),
            Cmd: config.Strings("Cmd"),
            Env: config.Strings("Env"),
            LayerDigests: (image.Property("RootFS") ?? default).Strings("Layers"));
    }

    private static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new PyImagesException($"The image inspect output is not valid JSON ({exception.Message}): {Excerpt(json)}", exception);
        }
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    internal static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
