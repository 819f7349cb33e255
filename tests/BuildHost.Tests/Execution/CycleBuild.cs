namespace BuildHost.Tests.Execution;

internal sealed class CycleBuild : NukeBuild
{
    Target First => _ => _.DependsOn(Third).Executes(() => { });

    Target Second => _ => _.DependsOn(First).Executes(() => { });

    Target Third => _ => _.DependsOn(Second).Executes(() => { });
}
