namespace PyImages.Verification;

/// <summary>What the check script saw inside the image, recorded whatever the checks required.</summary>
/// <param name="Compilers">Paths of the C compilers found on PATH (gcc, cc, g++, c++, clang).</param>
/// <param name="ScannedRoots">Folders searched for ELF files and world-writable files.</param>
public sealed record VerificationFacts(string PythonVersion, int Uid, IReadOnlyList<string> Compilers, IReadOnlyList<string> ScannedRoots)
{
    public bool CompilerPresent => Compilers.Count > 0;

    public bool RunsAsRoot => Uid == 0;
}
