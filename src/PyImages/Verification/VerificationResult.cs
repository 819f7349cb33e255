namespace PyImages.Verification;

/// <param name="Facts">Null when the check script did not run or printed no readable result.</param>
/// <param name="NotRun">Checks that apply to the image but were left out by the selection: neither passed nor failed.</param>
public sealed record VerificationResult(
    string Image,
    string VariantName,
    IReadOnlyList<VerificationCheck> Checks,
    VerificationFacts? Facts,
    IReadOnlyList<string>? NotRun = null)
{
    public IReadOnlyList<string> NotRunChecks => NotRun ?? [];

    public bool Passed => Checks.Count > 0 && !Checks.Any(check => check.FailsVerification);

    public IReadOnlyList<VerificationCheck> FailedChecks => [.. Checks.Where(check => check.FailsVerification)];
}
