namespace BuildHost.CI.GitHubActions;

internal static class YamlText
{
    /// <summary>A plain scalar when YAML reads it back unchanged, else single-quoted.</summary>
    public static string Scalar(string value)
    {
        var plain = value.Length > 0
            && !value.Contains(": ") && !value.Contains(" #") && !value.EndsWith(':')
            && "-?:,[]{}#&*!|>'\"%@`~".IndexOf(value[0]) < 0
            && value.Trim() == value
            && !bool.TryParse(value, out _) && !double.TryParse(value, out _)
            && value is not ("null" or "yes" or "no" or "on" or "off");
        return plain ? value : $"'{value.Replace("'", "''")}'";
    }
}
