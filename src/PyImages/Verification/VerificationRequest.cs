namespace PyImages.Verification;

/// <summary>What to verify in one built image. The checks run as the image's default user with the network off.</summary>
/// <param name="Image">Image reference or id to run.</param>
/// <param name="VariantName">Variant the image was built for, e.g. "small"; named in the report and in failures.</param>
/// <param name="PythonExecutable">Absolute path of the image's interpreter; it runs the check script as the container's entrypoint.</param>
/// <param name="Distributions">Requested distribution names (PyPI names, any case or separator), e.g. "uWSGI".</param>
/// <param name="CompilerMustBeAbsent">When false (e.g. Big) a compiler on PATH is recorded, not a failure.</param>
/// <param name="NonRootRequired">When false a root default user is recorded, not a failure.</param>
/// <param name="Checks">The script's checks to run (<see cref="CheckSelection.ApplicableTo"/> decides which apply); null: the six that apply to every image.</param>
/// <param name="ExtraPrefixes">Folders scanned for ELF files and world-writable files besides the interpreter's own, e.g. a venv or /opt/app.</param>
public sealed record VerificationRequest(
    string Image,
    string VariantName,
    string PythonExecutable,
    IReadOnlyList<string> Distributions,
    bool CompilerMustBeAbsent,
    bool NonRootRequired,
    IReadOnlyList<string>? ExtraPrefixes = null,
    IReadOnlyList<string>? Checks = null);
