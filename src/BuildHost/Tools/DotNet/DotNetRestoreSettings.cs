namespace BuildHost.Tools.DotNet;

public sealed record DotNetRestoreSettings : DotNetSettings
{
    public bool IgnoreFailedSources { get; init; }

    internal override string Command => "restore";

    internal override IEnumerable<string> CommandArguments()
    {
        if (IgnoreFailedSources)
            yield return "--ignore-failed-sources";
    }
}
