namespace PyImages.Reporting;

/// <param name="Name">e.g. "import uwsgi", "uwsgi --version", "no compiler on PATH".</param>
/// <param name="OutputExcerpt">The last lines of what the check printed.</param>
public sealed record VerificationCheck(string Name, bool Passed, string OutputExcerpt);
