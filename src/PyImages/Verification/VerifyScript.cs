namespace PyImages.Verification;

/// <summary>
/// The check script, <c>verify.py</c> beside this file (its docstring says what it checks and prints). It runs with the
/// image's own interpreter as <c>python -c SOURCE [--prefix DIR]... -- DISTRIBUTION...</c>.
/// </summary>
internal static class VerifyScript
{
    /// <summary>The <c>schema</c> number the script prints; the parser takes no other.</summary>
    public const int Schema = 1;

    public static string Source { get; } = EmbeddedScript.Read("Verification/verify.py");
}
