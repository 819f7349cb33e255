namespace BuildHost.Tests.Execution;

internal sealed class RelationsBuild : NukeBuild
{
    public static readonly List<string> Ran = [];

    public static bool StaticGate = true;

    public static bool DynamicGate = true;

    Target Publish => _ => _.Triggers(Notify).Executes(() => Ran.Add(nameof(Publish)));

    Target Notify => _ => _.Executes(() => Ran.Add(nameof(Notify)));

    Target Archive => _ => _.TriggeredBy(Publish).Executes(() => Ran.Add(nameof(Archive)));

    Target Lint => _ => _.DependentFor(Publish).Executes(() => Ran.Add(nameof(Lint)));

    Target Announce => _ => _.Before(Lint).Executes(() => Ran.Add(nameof(Announce)));

    Target Gated => _ => _.OnlyWhenStatic(() => StaticGate).Executes(() => Ran.Add(nameof(Gated)));

    Target Dynamic => _ => _.DependsOn(Announce).OnlyWhenDynamic(() => DynamicGate).Executes(() => Ran.Add(nameof(Dynamic)));

    Target Guarded => _ => _.Requires(() => StaticGate).Executes(() => Ran.Add(nameof(Guarded)));
}
