namespace BuildHost.Components;

/// <summary>The build configuration, a value set as NUKE's <c>Configuration</c> enumeration is.</summary>
public sealed class Configuration
{
    public static readonly Configuration Debug = new(nameof(Debug));
    public static readonly Configuration Release = new(nameof(Release));

    private Configuration(string value) => Value = value;

    public string Value { get; }

    internal static IReadOnlyList<Configuration> All { get; } = [Debug, Release];

    public static implicit operator string(Configuration configuration) => configuration.Value;

    public override string ToString() => Value;
}
