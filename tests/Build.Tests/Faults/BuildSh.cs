namespace Build.Tests.Faults;

/// <summary>Runs <c>./build.sh</c> from the repository root as a user would, against a <see cref="Sandbox"/> root.</summary>
public static class BuildSh
{
    public static async Task<BuildShResult> RunAsync(Sandbox sandbox, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var process = BuildShProcess.Start([.. arguments, "--root", sandbox.Root], environment);
        return await process.WaitAsync(timeout ?? TimeSpan.FromMinutes(5));
    }

    public static BuildShProcess Start(Sandbox sandbox, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        BuildShProcess.Start([.. arguments, "--root", sandbox.Root], environment);
}
