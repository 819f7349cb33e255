using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PyImages;

/// <summary>
/// The library's one masker: replaces secrets with <see cref="Mask"/> in text about to be written (messages, logs, reports).
/// Belt and braces: secrets should never reach a report; if one does, it is masked in its plain, HTML-encoded and
/// JSON-escaped forms alike.
/// </summary>
public sealed class SecretMasker
{
    public const string Mask = "*****";

    private readonly IReadOnlyList<string> forms;

    public SecretMasker(IEnumerable<string>? secrets)
    {
        forms = (secrets ?? [])
            .Where(secret => !string.IsNullOrEmpty(secret))
            .SelectMany(secret => new[]
            {
                secret,
                WebUtility.HtmlEncode(secret),
                JsonEncodedText.Encode(secret).Value,
                JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value,
                secret.Replace("|", "\\|", StringComparison.Ordinal),
            })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(form => form.Length)
            .ToList();
    }

    public static SecretMasker None { get; } = new([]);

    public string Apply(string text) =>
        forms.Aggregate(text, (masked, form) => masked.Replace(form, Mask, StringComparison.Ordinal));

    public bool MasksNothing => forms.Count == 0;
}
