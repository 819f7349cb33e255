using PyImages.Spec;
using PyImages.Templates;
using PyImages.Verification;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>
/// Runs one image and checks what a user relies on (imports, entry points, no compiler where none belongs, shared
/// libraries resolve, non-root for Minimal, no world-writable files; for distroless no shell and every module; for an
/// application its HTTP answer), or only the selected checks: those that apply but were left out are recorded as not run.
/// </summary>
public static class VerifyStep
{
    /// <param name="reference">The image to run: the variant's own, or any other under the variant's rules (tests verify broken ones).</param>
    public static async Task<VerificationResult> VerifyAsync(
        PreparedEngine prepared, ImageSpec spec, VariantInfo variant, string reference, CheckSelection selection, TimeSpan answerTimeout,
        ILogger log, CancellationToken cancellationToken)
    {
        var applicable = CheckSelection.ApplicableTo(variant.Flags.Distroless, spec.App is not null);
        var scriptChecks = applicable.Where(check => check != CheckNames.Http && selection.Runs(check)).ToList();
        var request = new VerificationRequest(
            reference,
            variant.Name,
            prepared.Base.PythonExecutable,
            spec.Packages.Select(p => p.Name).ToList(),
            CompilerMustBeAbsent: !variant.ExpectCompiler,
            NonRootRequired: variant.Flags.NonRootUser,
            ExtraPrefixes: variant.Flags.CopyInstalledTree ? [DockerfileLayout.PackagesDirectory] : null,
            Checks: scriptChecks);
        var result = scriptChecks.Count > 0
            ? await ImageVerifier.VerifyAsync(prepared.Engine, request, cancellationToken)
            : new VerificationResult(reference, variant.Name, [], null);
        if (spec.App is { } app && selection.Runs(CheckNames.Http))
        {
            var check = await HttpCheck.RunAsync(
                prepared.Engine, new HttpCheckRequest(reference, prepared.Base.PythonExecutable, app.Port, app.HealthPath, answerTimeout), cancellationToken);
            result = result with { Checks = [.. result.Checks, check] };
        }

        result = result with { NotRun = [.. applicable.Where(check => !selection.Runs(check))] };
        foreach (var check in result.Checks)
        {
            log.Information("Verify {Image}: {Check} {Verdict} {Detail}", result.Image, check.Name, check.Result, check.Detail);
        }

        if (result.NotRunChecks.Count > 0)
        {
            log.Warning("Verify {Image}: not run (left out by --checks): {Checks}", result.Image, string.Join(", ", result.NotRunChecks));
        }

        return result;
    }
}
