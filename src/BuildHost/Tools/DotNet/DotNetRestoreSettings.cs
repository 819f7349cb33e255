namespace BuildHost.Tools.DotNet;

public sealed record DotNetRestoreSettings : DotNetSettings
{
    internal override string Command => "restore";
}
