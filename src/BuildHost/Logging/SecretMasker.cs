namespace BuildHost.Logging;

/// <summary>Replaces the values of [Secret] parameters in text about to be written.</summary>
internal sealed class SecretMasker
{
    public const string Mask = "*****";

    private List<string> _secrets = [];

    public void Use(IEnumerable<string> secrets) =>
        _secrets = secrets.Distinct().OrderByDescending(secret => secret.Length).ToList();

    public string Apply(string text) =>
        _secrets.Aggregate(text, (masked, secret) => masked.Replace(secret, Mask, StringComparison.Ordinal));
}
