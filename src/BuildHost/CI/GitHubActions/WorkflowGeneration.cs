using System.Reflection;
using BuildHost.Execution;
using BuildHost.IO;

namespace BuildHost.CI.GitHubActions;

/// <summary>Renders a build's workflow without running it, for tests that compare it with the checked-in file.</summary>
internal static class WorkflowGeneration
{
    public static string Render(Type buildType, AbsolutePath root, string workflowName)
    {
        NukeBuild.RootDirectory = root;
        var build = (NukeBuild)Activator.CreateInstance(buildType, nonPublic: true)!;
        var attribute = buildType.GetCustomAttributes<GitHubActionsAttribute>().Single(candidate => candidate.WorkflowName == workflowName);
        return WorkflowWriter.Render(attribute, TargetDiscovery.Discover(build));
    }
}
