namespace PyImages.Pipeline;

public enum BuildStatus
{
    /// <summary>The image was built.</summary>
    Built,

    /// <summary>The build failed the way the variant means to show (Break: no compiler).</summary>
    FailedAsExpected,

    /// <summary>The build did not do what the variant expects.</summary>
    Failed,
}
