using BuildHost.Tooling;
using BuildHost.Tools.DotNet;
using static BuildHost.Tools.DotNet.DotNetTasks;

namespace BuildHost.Components;

public interface ICompile : IRestore, IHazConfiguration
{
    Target Compile => _ => _
        .DependsOn(Restore)
        .WhenSkipped(DependencyBehavior.Skip)
        .Executes(() =>
        {
            DotNetBuild(_ => _
                .SetProjectFile(Solution)
                .SetConfiguration(Configuration)
                .When(IsServerBuild, _ => _.EnableContinuousIntegrationBuild())
                .SetNoRestore(((NukeBuild)this).HasSucceeded(nameof(Restore)))
                .Apply(CompileSettings));
        });

    Configure<DotNetBuildSettings> CompileSettings => _ => _;
}
