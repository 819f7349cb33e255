using BuildHost.Tooling;

namespace BuildHost.Tools.DotNet;

/// <summary>Runs <c>dotnet</c> commands with their output streamed to the log; a non-zero exit throws <see cref="ProcessException"/>.</summary>
public static class DotNetTasks
{
    public static IReadOnlyCollection<Output> DotNetBuild(Configure<DotNetBuildSettings> configurator) => Run(configurator(new()));

    public static IReadOnlyCollection<Output> DotNetTest(Configure<DotNetTestSettings> configurator) => Run(configurator(new()));

    /// <summary>Runs each settings' tests, up to <paramref name="degreeOfParallelism"/> at once; all run, then failures are thrown together.</summary>
    public static IReadOnlyCollection<Output> DotNetTest(IReadOnlyList<DotNetTestSettings> settings, int degreeOfParallelism = 1)
    {
        var outputs = new List<Output>();
        var failures = new List<Exception>();
        Parallel.ForEach(settings, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism) }, single =>
        {
            try
            {
                var output = Run(single);
                lock (outputs)
                    outputs.AddRange(output);
            }
            catch (ProcessException exception)
            {
                lock (failures)
                    failures.Add(exception);
            }
        });
        return failures switch
        {
            [] => outputs,
            [var single] => throw single,
            _ => throw new AggregateException(failures),
        };
    }

    public static IReadOnlyCollection<Output> DotNetRestore(Configure<DotNetRestoreSettings> configurator) => Run(configurator(new()));

    public static IReadOnlyCollection<Output> DotNetClean(Configure<DotNetCleanSettings> configurator) => Run(configurator(new()));

    internal static IEnumerable<string> Arguments(ToolSettings settings) => settings.Arguments();

    private static IReadOnlyCollection<Output> Run(ToolSettings settings) =>
        ProcessRunner.Run("dotnet", settings.Arguments(), settings.ProcessWorkingDirectory);
}
