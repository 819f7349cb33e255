using System.Text.Json;
using PyImages.Engine;

namespace PyImages.Verification;

/// <summary>Turns the check script's run into a result; an unreadable run is a failed verification carrying the raw output.</summary>
internal static class VerifyOutputParser
{
    private const int RawTailLines = 40;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static VerificationResult Parse(VerificationRequest request, RunResult run)
    {
        var output = TryRead(run.StandardOutput);
        if (output?.Checks is not { Count: > 0 } checks || output.Facts is not { } facts)
        {
            return ScriptRunFailed(request, DescribeRun(run));
        }

        var verified = checks.Select(check => new VerificationCheck(check.Name, check.Passed, IsRequired(request, check.Name), check.Detail));
        var seen = new VerificationFacts(facts.Python, facts.Uid, facts.Compilers, facts.Roots);
        return new VerificationResult(request.Image, request.VariantName, [.. verified], seen);
    }

    public static VerificationResult ScriptRunFailed(VerificationRequest request, string detail) =>
        new(request.Image, request.VariantName, [new VerificationCheck(CheckNames.ScriptRun, false, true, detail)], null);

    private static bool IsRequired(VerificationRequest request, string checkName) => checkName switch
    {
        CheckNames.NoCompiler => request.CompilerMustBeAbsent,
        CheckNames.NonRoot => request.NonRootRequired,
        _ => true,
    };

    private static ScriptOutput? TryRead(string standardOutput)
    {
        try
        {
            var output = JsonSerializer.Deserialize<ScriptOutput>(standardOutput.Trim(), Options);
            return output?.Schema == VerifyScript.Schema ? output : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string DescribeRun(RunResult run) =>
        $"""
        the check script printed no readable result (exit code {run.ExitCode})
        stdout:
        {Tail(run.StandardOutput)}
        stderr:
        {Tail(run.StandardError)}
        """;

    private static string Tail(string text)
    {
        var lines = text.TrimEnd().Split('\n');
        var kept = string.Join('\n', lines.TakeLast(RawTailLines));
        return lines.Length > RawTailLines ? $"(last {RawTailLines} of {lines.Length} lines)\n{kept}" : kept;
    }
}
