namespace PyImages.Verification;

internal sealed record ScriptFacts(string Python, int Uid, IReadOnlyList<string> Compilers, IReadOnlyList<string> Roots);
