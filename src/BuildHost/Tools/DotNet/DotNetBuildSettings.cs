namespace BuildHost.Tools.DotNet;

public sealed record DotNetBuildSettings : DotNetSettings
{
    public bool ContinuousIntegrationBuild { get; init; }

    internal override string Command => "build";

    internal override IEnumerable<string> CommandArguments()
    {
        if (ContinuousIntegrationBuild)
            yield return "-property:ContinuousIntegrationBuild=true";
    }
}
