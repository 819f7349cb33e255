using System.Reflection;
using BuildHost.Execution;
using BuildHost.IO;
using BuildHost.Parameters;

namespace BuildHost.CI.GitHubActions;

/// <summary>Renders a build's generated files without running it, for tests that compare them with the checked-in ones.</summary>
internal static class WorkflowGeneration
{
    public static string Render(Type buildType, AbsolutePath root, string workflowName)
    {
        var build = Create(buildType, root);
        var attribute = buildType.GetCustomAttributes<GitHubActionsAttribute>().Single(candidate => candidate.WorkflowName == workflowName);
        return WorkflowWriter.Render(attribute, TargetDiscovery.Discover(build));
    }

    public static string RenderSchema(Type buildType, AbsolutePath root)
    {
        var build = Create(buildType, root);
        return SchemaWriter.Render(ParameterMember.Discover(buildType), TargetDiscovery.Discover(build));
    }

    private static NukeBuild Create(Type buildType, AbsolutePath root)
    {
        NukeBuild.RootDirectory = root;
        return (NukeBuild)Activator.CreateInstance(buildType, nonPublic: true)!;
    }
}
