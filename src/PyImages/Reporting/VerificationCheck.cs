namespace PyImages.Reporting;

/// <param name="Name">e.g. "import uwsgi", "uwsgi --version", "no compiler on PATH".</param>
/// <param name="OutputExcerpt">The last lines of what the check printed.</param>
/// <param name="Required">False for a check only recorded for this variant (e.g. "no compiler" on Big): its result is a fact, not a verdict.</param>
public sealed record VerificationCheck(string Name, bool Passed, string OutputExcerpt, bool Required = true)
{
    public string Result => Passed ? "passed" : Required ? "FAILED" : "no (recorded, not required)";
}
