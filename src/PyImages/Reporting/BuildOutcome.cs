using PyImages.Engine;

namespace PyImages.Reporting;

/// <param name="Reason">Why it failed (or was not built); null on success.</param>
public sealed record BuildOutcome(BuildOutcomeKind Kind, string? Reason = null)
{
    public static BuildOutcome Succeeded { get; } = new(BuildOutcomeKind.Succeeded);

    public static BuildOutcome FailedAsExpected(string reason) => new(BuildOutcomeKind.FailedAsExpected, reason);

    public static BuildOutcome Failed(string reason) => new(BuildOutcomeKind.Failed, reason);

    public static BuildOutcome Stale(string reason) => new(BuildOutcomeKind.Stale, reason);

    public static BuildOutcome NotBuilt(string? reason = null) => new(BuildOutcomeKind.NotBuilt, reason);

    public override string ToString() => Kind switch
    {
        BuildOutcomeKind.Succeeded => "built",
        BuildOutcomeKind.FailedAsExpected => "failed as expected: " + Reason,
        BuildOutcomeKind.Failed => "FAILED: " + Reason,
        BuildOutcomeKind.Stale => "STALE: " + Reason,
        _ => Reason is null ? "not built" : "not built: " + Reason,
    };
}
