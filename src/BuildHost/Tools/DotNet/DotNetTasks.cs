using BuildHost.Tooling;

namespace BuildHost.Tools.DotNet;

/// <summary>Runs <c>dotnet</c> commands with their output streamed to the log; a non-zero exit throws <see cref="ProcessException"/>.</summary>
public static class DotNetTasks
{
    public static IReadOnlyCollection<Output> DotNetBuild(Configure<DotNetBuildSettings> configurator) => Run(configurator(new()));

    public static IReadOnlyCollection<Output> DotNetTest(Configure<DotNetTestSettings> configurator) => Run(configurator(new()));

    public static IReadOnlyCollection<Output> DotNetRestore(Configure<DotNetRestoreSettings> configurator) => Run(configurator(new()));

    public static IReadOnlyCollection<Output> DotNetClean(Configure<DotNetCleanSettings> configurator) => Run(configurator(new()));

    internal static IEnumerable<string> Arguments(ToolSettings settings) => settings.Arguments();

    private static IReadOnlyCollection<Output> Run(ToolSettings settings) =>
        ProcessRunner.Run("dotnet", settings.Arguments(), settings.ProcessWorkingDirectory);
}
