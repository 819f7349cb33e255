namespace PyImages.Verification;

/// <param name="Facts">Null when the check script did not run or printed no readable result.</param>
public sealed record VerificationResult(string Image, string VariantName, IReadOnlyList<VerificationCheck> Checks, VerificationFacts? Facts)
{
    public bool Passed => Checks.Count > 0 && !Checks.Any(check => check.FailsVerification);

    public IReadOnlyList<VerificationCheck> FailedChecks => [.. Checks.Where(check => check.FailsVerification)];
}
