using PyImages.Spec;
using PyImages.Templates;
using PyImages.Verification;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Runs every built image and checks what a user relies on (imports, entry points, no compiler where none
    /// belongs, shared libraries resolve, non-root for Minimal, no world-writable files), or only the selected checks.
    /// Fails naming the check, the image and the output.
    /// </summary>
    public async Task<IReadOnlyList<VerificationResult>> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<VerificationResult>();
        foreach (var (variant, image) in await BuiltImagesAsync("Verify", cancellationToken))
        {
            var result = await VerifyImageAsync(variant, ImageFor(variant), cancellationToken);
            await State.SaveAsync(StateNames.Verification(variant.Name), new ImageState<VerificationResult>(image.Id, result), cancellationToken);
            foreach (var check in result.Checks)
            {
                _log.Information("Verify {Image}: {Check} {Verdict} {Detail}",
                    result.Image, check.Name, check.Result, check.Detail);
            }

            if (result.NotRunChecks.Count > 0)
            {
                _log.Warning("Verify {Image}: not run (left out by --checks): {Checks}", result.Image, string.Join(", ", result.NotRunChecks));
            }

            results.Add(result);
        }

        VerificationFailure.ThrowIfAnyFailed(results);
        return results;
    }

    /// <summary>Verifies one image as the variant's rules say, under any reference (tests verify deliberately broken images).</summary>
    public async Task<VerificationResult> VerifyImageAsync(VariantInfo variant, string reference, CancellationToken cancellationToken = default)
    {
        var baseImage = await EnsureBaseImageAsync(cancellationToken);
        var applicable = CheckSelection.ScriptChecks
            .Where(check => variant.Flags.Distroless || (check != CheckNames.NoShell && check != CheckNames.EveryModuleImports))
            .Concat(ImageSpec.App is null ? [] : [CheckNames.Http])
            .ToList();
        var scriptChecks = applicable.Where(check => check != CheckNames.Http && Checks.Runs(check)).ToList();
        var request = new VerificationRequest(
            reference,
            variant.Name,
            baseImage.PythonExecutable,
            ImageSpec.Packages.Select(p => p.Name).ToList(),
            CompilerMustBeAbsent: !variant.ExpectCompiler,
            NonRootRequired: variant.Flags.NonRootUser,
            ExtraPrefixes: variant.Flags.CopyInstalledTree ? [DockerfileLayout.PackagesDirectory] : null,
            Distroless: variant.Flags.Distroless,
            Only: Checks.IsAll ? null : scriptChecks);
        var result = scriptChecks.Count > 0
            ? await ImageVerifier.VerifyAsync(ContainerEngine, request, cancellationToken)
            : new VerificationResult(reference, variant.Name, [], null);
        if (ImageSpec.App is not null && Checks.Runs(CheckNames.Http))
        {
            result = await WithHttpCheckAsync(result, reference, baseImage.PythonExecutable, cancellationToken);
        }

        return result with { NotRun = [.. applicable.Where(check => !Checks.Runs(check))] };
    }
}
