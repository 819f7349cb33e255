using System.Diagnostics;
using PyImages.Verification;

namespace PyImages.Tests.Verification;

public sealed class VerifyScriptTests
{
    /// <summary>The script lives in a C# string, so nothing else would notice a Python syntax error before an image runs it.</summary>
    [Fact]
    public async Task Script_is_python_3_8_syntax()
    {
        const string parse = "import ast, sys; ast.parse(sys.stdin.read(), feature_version=(3, 8))";
        var start = new ProcessStartInfo("python3", ["-c", parse]) { RedirectStandardInput = true, RedirectStandardError = true };
        Process python;
        try
        {
            python = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("python3 is needed on PATH to check the embedded verify script's syntax (.ci/run installs it)");
            throw;
        }

        await python.StandardInput.WriteAsync(VerifyScript.Source);
        python.StandardInput.Close();
        var errors = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();

        Assert.True(python.ExitCode == 0, errors);
    }
}
