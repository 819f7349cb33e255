namespace BuildHost.Tools.DotNet;

public sealed record DotNetCleanSettings : DotNetSettings
{
    internal override string Command => "clean";
}
