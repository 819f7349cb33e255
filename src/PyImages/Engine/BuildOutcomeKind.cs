namespace PyImages.Engine;

public enum BuildOutcomeKind
{
    Succeeded,

    /// <summary>The build failed the way the variant means to show (BuildBreak: no compiler).</summary>
    FailedAsExpected,

    Failed,

    NotBuilt,

    /// <summary>The latest build failed; the image shown is the one the last successful build made.</summary>
    Stale,
}
