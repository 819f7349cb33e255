namespace BuildHost.ProjectModel;

/// <summary>Injects a <see cref="Solution"/> read from the path the parameter gives (parameters.json: <c>"Solution": "App.sln"</c>).</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SolutionAttribute(string? relativePath) : ParameterAttribute(Describe(relativePath))
{
    public SolutionAttribute()
        : this(relativePath: null)
    {
    }

    public string? RelativePath { get; } = relativePath;

    public override bool List { get; set; }

    public bool GenerateProjects { get; set; }

    private static string Describe(string? relativePath) =>
        "Path to a solution file that is automatically loaded." + (relativePath is not null ? $" Default is {relativePath}." : "");
}
