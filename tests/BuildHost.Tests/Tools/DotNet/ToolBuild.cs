using BuildHost.Tooling;

namespace BuildHost.Tests.Tools.DotNet;

internal sealed class ToolBuild : NukeBuild
{
    public static string Script = "true";

    Target RunTool => _ => _.Executes(() => ProcessRunner.Run("sh", ["-c", Script], workingDirectory: null));
}
