namespace PyImages;

/// <summary>
/// The strings to mask for a secret URL: the URL itself, its user-info (as written and decoded) and each part of it,
/// longest first, so no fragment of a longer secret is left behind.
/// </summary>
public static class SecretValues
{
    public static IReadOnlyList<string> Of(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return [];
        }

        var userInfo = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.UserInfo : string.Empty;
        var decoded = Uri.UnescapeDataString(userInfo);
        string[] candidates = [url, userInfo, decoded, .. userInfo.Split(':'), .. decoded.Split(':')];

        // Very short parts (a one-letter user name) would mask unrelated text everywhere.
        return candidates.Where(value => value.Length >= 3).Distinct().OrderByDescending(value => value.Length).ToList();
    }

    /// <summary>The text with every secret form of <paramref name="url"/> replaced by <see cref="SecretMasker.Mask"/>.</summary>
    public static string MaskIn(string text, string? url) => new SecretMasker(Of(url)).Apply(text);

    /// <summary>The URL as messages show it: any user-info (user and token) replaced by <see cref="SecretMasker.Mask"/>, the rest kept.</summary>
    public static string Masked(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Authority.Length > 0
            ? uri.UserInfo.Length > 0 ? $"{uri.Scheme}://{SecretMasker.Mask}@{uri.Authority}{uri.PathAndQuery}" : url
            : url.Contains('@') ? SecretMasker.Mask : url;
}
