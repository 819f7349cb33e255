namespace PyImages.Pipeline;

/// <summary>Names of the state files under artifacts/state, one per step and variant.</summary>
internal static class StateNames
{
    public static string Outcome(string variant) => $"outcome-{variant}";

    /// <summary>The image of the variant's last successful build here (<see cref="BuiltImage"/>).</summary>
    public static string Built(string variant) => $"built-{variant}";

    /// <summary>Every image id this checkout built, superseded ones too, for Clean.</summary>
    public const string BuiltImages = "built-images";

    public static string Verification(string variant) => $"verify-{variant}";

    public static string Analysis(string variant) => $"analysis-{variant}";
}
