namespace BuildHost.Tools.DotNet;

/// <summary>MSBuild verbosity, named as NUKE names it (lower case).</summary>
public sealed class DotNetVerbosity
{
#pragma warning disable IDE1006
    public static readonly DotNetVerbosity quiet = new("quiet");
    public static readonly DotNetVerbosity minimal = new("minimal");
    public static readonly DotNetVerbosity normal = new("normal");
    public static readonly DotNetVerbosity detailed = new("detailed");
    public static readonly DotNetVerbosity diagnostic = new("diagnostic");
#pragma warning restore IDE1006

    private readonly string _value;

    private DotNetVerbosity(string value) => _value = value;

    public override string ToString() => _value;
}
