using BuildHost.IO;
using BuildHost.Components;
using BuildHost.ProjectModel;

namespace BuildHost.Tests.Components;

/// <summary>A build made of NUKE's components, as build/ is; its own targets call their members without running dotnet.</summary>
internal sealed class ComponentsBuild : NukeBuild, ITest
{
    public static readonly List<string> Seen = [];

    public static string ResultDirectory = Path.GetTempPath();

    IEnumerable<Project> ITest.TestProjects => From<IHazSolution>().Solution.GetAllProjects("*.Tests");

    AbsolutePath ITest.TestResultDirectory => AbsolutePath.Create(ResultDirectory);

    Target CountTests => _ => _.Executes(() => From<ITest>().ReportTestCount());

    Target ListTestProjects => _ => _.Executes(() =>
        Seen.AddRange(From<ITest>().TestProjects.Select(project => $"{project.Name}:{RootDirectory.GetUnixRelativePathTo(project.Path)}")));

    Target ShowConfiguration => _ => _.Executes(() => Seen.Add(From<IHazConfiguration>().Configuration));
}
