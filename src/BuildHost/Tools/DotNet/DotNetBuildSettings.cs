namespace BuildHost.Tools.DotNet;

public sealed record DotNetBuildSettings : DotNetSettings
{
    internal override string Command => "build";
}
