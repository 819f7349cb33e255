using System.Text.RegularExpressions;
using BuildHost.IO;

namespace BuildHost.ProjectModel;

/// <summary>A loaded solution file (.sln or .slnx): its path and its projects, as NUKE's <c>Solution</c> has them.</summary>
public sealed class Solution
{
    private readonly IReadOnlyList<(string Name, string RelativePath)> _projects;

    internal Solution(AbsolutePath path, IReadOnlyList<(string Name, string RelativePath)> projects)
    {
        Path = path;
        _projects = projects;
    }

    public AbsolutePath Path { get; }

    public string Name => Path.NameWithoutExtension;

    public string FileName => Path.Name;

    public AbsolutePath Directory => Path.Parent;

    public IReadOnlyCollection<Project> AllProjects => _projects.Select(project => new Project(this, project.Name, project.RelativePath)).ToList();

    /// <summary>Projects whose name matches a pattern where <c>*</c> stands for any text.</summary>
    public IEnumerable<Project> GetAllProjects(string wildcardPattern)
    {
        var regex = new Regex($"^{Regex.Escape(wildcardPattern).Replace(@"\*", ".*")}$");
        return AllProjects.Where(project => regex.IsMatch(project.Name));
    }

    public Project? GetProject(string name) => AllProjects.SingleOrDefault(project => project.Name == name);

    public static implicit operator string(Solution solution) => solution.Path;

    public static implicit operator AbsolutePath(Solution solution) => solution.Path;

    public override string ToString() => Path;
}
