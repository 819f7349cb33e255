using System.Text.Encodings.Web;
using System.Text.Json;

namespace PyImages.Templates;

/// <summary>A command as a Dockerfile's exec form: a JSON array of strings, so no word reaches a shell.</summary>
internal static class ExecForm
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(IReadOnlyList<string> command) =>
        command.Count == 0
            ? throw new PyImagesException("The application's command is empty.")
            // Each word is serialized on its own: a "," inside a word stays as it is.
            : "[" + string.Join(", ", command.Select(word => JsonSerializer.Serialize(word, Readable))) + "]";
}
