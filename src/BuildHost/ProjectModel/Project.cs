using BuildHost.IO;

namespace BuildHost.ProjectModel;

/// <summary>A project of a <see cref="ProjectModel.Solution"/>.</summary>
public sealed class Project
{
    internal Project(Solution solution, string name, string relativePath)
    {
        Solution = solution;
        Name = name;
        RelativePath = relativePath;
    }

    public Solution Solution { get; }

    public string Name { get; }

    public string RelativePath { get; }

    public AbsolutePath Path => Solution.Directory / RelativePath.Replace('\\', '/');

    public string FileName => System.IO.Path.GetFileName(RelativePath.Replace('\\', '/'));

    public AbsolutePath Directory => Path.Parent;

    public static implicit operator string(Project project) => project.Path;

    public static implicit operator AbsolutePath(Project project) => project.Path;

    public override string ToString() => Name;
}
