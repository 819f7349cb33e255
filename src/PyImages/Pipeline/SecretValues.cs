namespace PyImages.Pipeline;

/// <summary>The strings to mask for a secret URL: the URL itself, and its user-info and password when it has them.</summary>
public static class SecretValues
{
    public static IReadOnlyList<string> Of(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return [];
        }

        var values = new List<string> { url };
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
        {
            values.Add(uri.UserInfo);
            var colon = uri.UserInfo.IndexOf(':');
            if (colon >= 0 && colon < uri.UserInfo.Length - 1)
            {
                values.Add(uri.UserInfo[(colon + 1)..]);
            }
        }

        return values;
    }
}
