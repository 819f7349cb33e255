namespace PyImages.Verification;

internal sealed record ScriptCheck(string Name, bool Passed, string Detail);
