namespace PyImages.Verification;

/// <summary>The JSON document the check script prints (see <see cref="VerifyScript"/>).</summary>
internal sealed record ScriptOutput(int Schema, ScriptFacts? Facts, IReadOnlyList<ScriptCheck>? Checks);
