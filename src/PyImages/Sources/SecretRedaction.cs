namespace PyImages.Sources;

/// <summary>Removes an index URL's secret parts (the whole URL and its user:password) from text that reaches messages or logs.</summary>
public static class SecretRedaction
{
    public const string Mask = "***";

    public static string Redact(string text, string? indexUrl)
    {
        if (string.IsNullOrEmpty(indexUrl))
        {
            return text;
        }

        var redacted = text.Replace(indexUrl, Mask, StringComparison.Ordinal);
        var userInfo = Uri.TryCreate(indexUrl, UriKind.Absolute, out var uri) ? uri.UserInfo : "";
        foreach (var secret in new[] { userInfo, Uri.UnescapeDataString(userInfo) }.Concat(userInfo.Split(':')).Where(s => s.Length >= 3))
        {
            redacted = redacted.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return redacted;
    }
}
