namespace BuildHost.Parameters;

/// <summary>An option as typed (<c>-e</c>, <c>--index-url=...</c>), its name without dashes, and the values after it.</summary>
internal sealed record CommandLineOption(string Typed, string Spelled, List<string> Values)
{
    /// <summary>The <c>--name=value</c> form, which NUKE does not take: the name and the value, or null.</summary>
    public (string Name, string Value)? Assignment =>
        Spelled.IndexOf('=') is > 0 and var index ? (Spelled[..index], Spelled[(index + 1)..]) : null;
}
