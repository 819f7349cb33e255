using System.Diagnostics;

namespace Build.Tests;

/// <summary>
/// build.ps1 under PowerShell 7 on Linux (the repository's local tool 'pwsh', dotnet-tools.json), against a copy of the
/// build's sources: its own .nuke/temp, so the checkout's build output is never rebuilt under another test's feet.
/// </summary>
public sealed class PowerShellBootstrapperTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("build-ps1-").FullName;

    [Fact]
    public void Build_ps1_builds_the_build_and_runs_help_and_a_target()
    {
        CopyBuildSources();
        Assert.True(Run("dotnet", ["tool", "restore"], _copy) is (0, _), "dotnet tool restore failed");

        var help = Pwsh("--help");
        var target = Pwsh("RenderExamples");

        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("Targets (with their direct dependencies):", help.Output);
        Assert.Contains("BuildSmall", help.Output);
        Assert.True(target.ExitCode == 0, target.Output);
        Assert.Matches(@"RenderExamples\s+Succeeded", target.Output);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_copy, "docs", "examples"), "*", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(_copy, ".nuke", "temp", "build-bin", "_build.dll")));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private (int ExitCode, string Output) Pwsh(string argument) =>
        Run("dotnet", ["tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive", "-File", Path.Combine(_copy, "build.ps1"), argument], _copy);

    private void CopyBuildSources()
    {
        foreach (var file in new[] { "build.ps1", "dotnet-tools.json", "global.json", "PyImages.sln", "Directory.Build.props", "Directory.Packages.props" })
            File.Copy(Repository.Root / file, Path.Combine(_copy, file));
        foreach (var folder in new[] { "build", "src/BuildHost", "src/PyImages", ".nuke" })
            CopyFolder(Repository.Root / folder, Path.Combine(_copy, folder));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar) is var parts && parts.Any(part => part is "bin" or "obj" or "temp"))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static (int ExitCode, string Output) Run(string executable, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
