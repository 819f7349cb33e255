using System.Text.Json;
using System.Text.RegularExpressions;

namespace PyImages.Inspection;

/// <summary>
/// Reads <c>history --no-trunc --format '{{json .}}'</c>: Docker prints one object a line with "Size" as text
/// ("12.3MB", or "12345" with <c>--human=false</c>); Podman 4 prints one JSON array with "size" in bytes.
/// The engines list the newest step first; the result is lowest layer first.
/// </summary>
public static partial class LayerHistoryParser
{
    private static readonly HashSet<string> MetadataInstructions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ARG", "CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    public static IReadOnlyList<LayerHistoryEntry> Parse(string historyOutput)
    {
        var entries = new List<LayerHistoryEntry>();
        var text = historyOutput.Trim();
        var documents = text.StartsWith('[') ? [text] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in documents)
        {
            using var document = ParseLine(line);
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            entries.AddRange(items.Select(ToEntry));
        }

        entries.Reverse();
        return entries;
    }

    /// <summary>"/bin/sh -c #(nop)  LABEL a=b" → "LABEL a=b"; "/bin/sh -c rm x" → "RUN rm x"; BuildKit's "RUN |1 A=b /bin/sh -c x" → "RUN x".</summary>
    public static string CleanInstruction(string createdBy)
    {
        var text = createdBy.Trim();
        var nop = NopPrefix().Match(text);
        if (nop.Success)
        {
            return text[nop.Length..].Trim();
        }

        var shell = ShellPrefix().Match(text);
        return shell.Success ? "RUN " + text[shell.Length..].Trim() : text;
    }

    private static LayerHistoryEntry ToEntry(JsonElement item)
    {
        var createdBy = item.String("CreatedBy") ?? item.String("created_by") ?? string.Empty;
        var instruction = CleanInstruction(createdBy);
        var size = item.Property("Size") switch
        {
            { ValueKind: JsonValueKind.Number } number => number.GetInt64(),
            { ValueKind: JsonValueKind.String } text when ByteSize.TryParse(text.GetString(), out var bytes) => bytes,
            _ => 0,
        };
        var keyword = instruction.Split(' ', 2)[0];
        var isEmpty = item.Property("empty_layer") is { } flag
            ? flag.ValueKind == JsonValueKind.True
            : size == 0 && MetadataInstructions.Contains(keyword);
        return new LayerHistoryEntry(instruction, size, isEmpty, createdBy);
    }

    private static JsonDocument ParseLine(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new PyImagesException($"A line of the image history is not JSON ({exception.Message}): {ImageFactsParser.Excerpt(line)}", exception);
        }
    }

    [GeneratedRegex(@"^(/bin/sh -c\s+)?#\(nop\)\s*")]
    private static partial Regex NopPrefix();

    [GeneratedRegex(@"^(RUN\s+)?(\|\d+\s+(\S+=\S*\s+)*)?/bin/sh -c\s+")]
    private static partial Regex ShellPrefix();
}
