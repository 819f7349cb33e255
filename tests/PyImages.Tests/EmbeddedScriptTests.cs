using System.Diagnostics;
using PyImages.Tests.Templates;

namespace PyImages.Tests;

/// <summary>
/// The Python that PyImages runs inside images, tested as Python: the scripts as the assembly embeds them (what reaches
/// a container), checked for the oldest Python they promise and run by their unittest files beside these tests.
/// </summary>
public sealed class EmbeddedScriptTests
{
    public static TheoryData<string, string> Scripts => new()
    {
        { "Verification/verify.py", "tests/PyImages.Tests/Verification/test_verify.py" },
        { "Inspection/installed_size.py", "tests/PyImages.Tests/Inspection/test_installed_size.py" },
        { "Verification/verify.py", "tests/PyImages.Tests/Verification/test_verify_distroless.py" },
        { "Templates/distroless_root.py", "tests/PyImages.Tests/Templates/test_distroless_root.py" },
        { "Verification/http_probe.py", "tests/PyImages.Tests/Verification/test_http_probe.py" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_is_python_3_8_syntax(string script, string _)
    {
        const string parse = "import ast, sys; ast.parse(sys.stdin.read(), feature_version=(3, 8))";

        var (exitCode, output) = await PythonAsync(["-c", parse], Directory.GetCurrentDirectory(), stdin: EmbeddedScript.Read(script));

        Assert.True(exitCode == 0, $"{script}: {output}");
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_passes_its_python_tests(string script, string tests)
    {
        var modules = Directory.CreateTempSubdirectory("pyimages-scripts-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(modules, Path.GetFileName(script)), EmbeddedScript.Read(script));
            var testFile = Path.Combine(RepositoryRoot.Find(), tests);

            var (exitCode, output) = await PythonAsync(
                ["-B", "-m", "unittest", "-v", Path.GetFileNameWithoutExtension(testFile)], Path.GetDirectoryName(testFile)!, pythonPath: modules);

            Assert.True(exitCode == 0, $"{tests} failed:\n{output}");
            Assert.Matches(@"Ran [1-9]\d* tests?", output);
        }
        finally
        {
            Directory.Delete(modules, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> PythonAsync(string[] arguments, string directory, string? pythonPath = null, string? stdin = null)
    {
        var start = new ProcessStartInfo("python3", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (pythonPath is not null)
            start.Environment["PYTHONPATH"] = pythonPath;
        Process python;
        try
        {
            python = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("python3 is needed on PATH to test the embedded Python scripts (.ci/run installs it)");
            throw;
        }

        using (python)
        {
            await python.StandardInput.WriteAsync(stdin ?? string.Empty);
            python.StandardInput.Close();
            var output = python.StandardOutput.ReadToEndAsync();
            var errors = await python.StandardError.ReadToEndAsync();
            await python.WaitForExitAsync();
            return (python.ExitCode, await output + errors);
        }
    }
}
