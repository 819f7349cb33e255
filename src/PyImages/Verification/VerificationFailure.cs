using System.Text;

namespace PyImages.Verification;

/// <summary>Turns failed verifications into one message that names each failed check, the image and what the check printed.</summary>
public static class VerificationFailure
{
    /// <summary>Throws a <see cref="PyImagesException"/> describing every failed result; does nothing when all passed.</summary>
    public static void ThrowIfAnyFailed(IEnumerable<VerificationResult> results)
    {
        var failed = results.Where(result => !result.Passed).ToList();
        if (failed.Count > 0)
        {
            throw new PyImagesException(string.Join("\n", failed.Select(Describe)));
        }
    }

    public static void ThrowIfFailed(this VerificationResult result) => ThrowIfAnyFailed([result]);

    /// <summary>The message for one result, e.g. "Verification of image 'x' (variant small) failed: check 'shared libraries' ...".</summary>
    public static string Describe(VerificationResult result)
    {
        var text = new StringBuilder();
        var failedChecks = result.Checks.Count == 0
            ? [new VerificationCheck(CheckNames.ScriptRun, false, true, result.NotRunChecks.Count > 0
                ? $"none of the selected checks applies to this image; not run: {string.Join(", ", result.NotRunChecks)}"
                : "no check ran")]
            : result.FailedChecks;
        text.Append($"Verification of image '{result.Image}' (variant {result.VariantName}) failed {failedChecks.Count} check(s).");
        foreach (var check in failedChecks)
        {
            text.Append($"\nCheck '{check.Name}' failed in image '{result.Image}':");
            foreach (var line in check.Detail.TrimEnd().Split('\n'))
            {
                text.Append("\n    ").Append(line);
            }

            text.Append("\n  What to do: ").Append(Advice(check.Name));
        }

        return text.ToString();
    }

    private static string Advice(string checkName) => checkName switch
    {
        CheckNames.Import => "install the missing distribution, or the runtime libraries its modules need, in the final stage.",
        CheckNames.EntryPoints => "the command above does not start; its output says why (often a shared library missing from the final stage).",
        CheckNames.NoCompiler => "compile in a separate build stage and copy only the installed result into the final stage.",
        CheckNames.SharedLibraries => "install the runtime package that provides each library marked 'not found' in the final stage.",
        CheckNames.NonRoot => "add a non-root USER with a fixed uid to the final stage.",
        CheckNames.NoWorldWritableFiles => "remove write permission for others (chmod o-w) in the step that creates these paths.",
        _ => "check that the image exists and that the Python interpreter path given for it is right.",
    };
}
