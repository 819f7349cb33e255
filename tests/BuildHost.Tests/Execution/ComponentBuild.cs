// The test assembly sees the host's internals, so overrides keep "protected internal"; build/ writes "protected override".
namespace BuildHost.Tests.Execution;

internal sealed class ComponentBuild : NukeBuild, IComponentTargets
{
    public static readonly List<string> Ran = [];

    Target Ship => _ => _.DependsOn<IComponentTargets>(x => x.Package).Executes(() => Ran.Add(nameof(Ship)));

    protected internal override void OnBuildInitialized() => Ran.Add("initialized");

    protected internal override void OnTargetRunning(string target) => Ran.Add($"running:{target}");

    protected internal override void OnTargetSucceeded(string target) => Ran.Add($"succeeded:{target}");

    protected internal override void OnBuildFinished() => Ran.Add("finished");
}
