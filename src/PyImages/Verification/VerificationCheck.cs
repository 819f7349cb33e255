namespace PyImages.Verification;

/// <param name="Name">One of <see cref="CheckNames"/>.</param>
/// <param name="Required">A failed required check fails the verification; a failed optional one is only recorded.</param>
/// <param name="Detail">What was checked and found, one finding a line (e.g. <c>/usr/local/bin/uwsgi: libpython3.11.so.1.0 => not found</c>).</param>
public sealed record VerificationCheck(string Name, bool Passed, bool Required, string Detail)
{
    public bool FailsVerification => Required && !Passed;

    /// <summary>The check's verdict as the report words it.</summary>
    public string Result => Passed ? "passed" : Required ? "FAILED" : "no (recorded, not required)";
}
