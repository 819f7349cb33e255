namespace BuildHost;

/// <summary>Injects a value from the command line, the environment or <c>.nuke/parameters*.json</c>.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public class ParameterAttribute(string? description = null) : Attribute
{
    public virtual string? Description { get; } = description;

    public string? Name { get; set; }

    public string? Separator { get; set; }

    public virtual bool List { get; set; } = true;
}
