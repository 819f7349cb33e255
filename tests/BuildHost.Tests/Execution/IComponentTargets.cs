namespace BuildHost.Tests.Execution;

/// <summary>Targets and a parameter as default interface members, the Nuke.Components pattern.</summary>
internal interface IComponentTargets : INukeBuild
{
    [Parameter("Greeting the component prints")]
    string? Greeting => TryGetValue(() => Greeting);

    Target Prepare => _ => _.Executes(() => ComponentBuild.Ran.Add($"Prepare:{Greeting}"));

    Target Package => _ => _.DependsOn<IComponentTargets>(x => x.Prepare).Executes(() => ComponentBuild.Ran.Add(nameof(Package)));
}
