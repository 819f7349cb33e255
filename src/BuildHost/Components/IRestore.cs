using BuildHost.Tooling;
using BuildHost.Tools.DotNet;
using static BuildHost.Tools.DotNet.DotNetTasks;

namespace BuildHost.Components;

public interface IRestore : IHazSolution, INukeBuild
{
    Target Restore => _ => _
        .Executes(() =>
        {
            DotNetRestore(_ => _
                .SetProjectFile(Solution)
                .SetIgnoreFailedSources(IgnoreFailedSources)
                .Apply(RestoreSettings));
        });

    Configure<DotNetRestoreSettings> RestoreSettings => _ => _;

    [Parameter("Ignore unreachable sources during " + nameof(Restore))]
    bool IgnoreFailedSources => TryGetValue<bool?>(() => IgnoreFailedSources) ?? false;
}
