using BuildHost.IO;

namespace BuildHost.Tests.Parameters;

internal enum Flavor
{
    Vanilla,
    DarkChocolate,
}

#pragma warning disable CS0649 // parameters are injected by reflection
internal sealed class ParameterBuild : NukeBuild
{
    public static ParameterBuild? Last;

    [Parameter("Name to greet")] public readonly string Name = "default";

    [Parameter("How many times")] public readonly int Count;

    [Parameter("Print loudly")] public readonly bool Loud;

    [Parameter("Ice cream flavour")] public readonly Flavor Flavor;

    [Parameter("Package names")] public readonly string[] Packages = [];

    [Parameter("Where to write")] public AbsolutePath? Output { get; }

    [Parameter("Registry password"), Secret] public readonly string? Password;

    [Parameter("Optional threshold")] public int? Threshold { get; set; }

    Target Show => _ => _.Executes(() =>
    {
        Last = this;
        Serilog.Log.Information("Logging in with {Password}", Password);
    });
}
