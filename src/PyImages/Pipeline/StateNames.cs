namespace PyImages.Pipeline;

/// <summary>Names of the state files under artifacts/state, one per step and variant.</summary>
internal static class StateNames
{
    public static string Outcome(string variant) => $"outcome-{variant}";

    public static string Verification(string variant) => $"verify-{variant}";

    public static string Analysis(string variant) => $"analysis-{variant}";
}
