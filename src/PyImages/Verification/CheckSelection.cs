using PyImages.Spec;

namespace PyImages.Verification;

/// <summary>
/// Which of Verify's checks run: every one that applies (the default), or the few a user names for a fast inner loop.
/// A check that applies but is not selected is recorded as not run, never as passed.
/// </summary>
public sealed class CheckSelection
{
    /// <summary>The checks the check script runs inside the image (the last two for distroless images only).</summary>
    public static IReadOnlyList<string> ScriptChecks { get; } =
    [
        CheckNames.Import, CheckNames.EntryPoints, CheckNames.NoCompiler, CheckNames.SharedLibraries, CheckNames.NonRoot,
        CheckNames.NoWorldWritableFiles, CheckNames.NoShell, CheckNames.EveryModuleImports,
    ];

    private static IReadOnlyList<string> Selectable { get; } = [.. ScriptChecks, CheckNames.Http];

    private readonly IReadOnlySet<string>? _names;

    private CheckSelection(IReadOnlySet<string>? names) => _names = names;

    public static CheckSelection All { get; } = new(null);

    public bool IsAll => _names is null;

    public bool Runs(string checkName) => _names?.Contains(checkName) ?? true;

    /// <summary>
    /// The one rule of which checks apply to an image (the check script is told exactly these, never decides itself):
    /// the script's first six always, no shell and every module imports for distroless images, http for an application.
    /// </summary>
    public static IReadOnlyList<string> ApplicableTo(bool distroless, bool hasApp) =>
    [
        .. ScriptChecks.Where(check => distroless || (check != CheckNames.NoShell && check != CheckNames.EveryModuleImports)),
        .. hasApp ? [CheckNames.Http] : Array.Empty<string>(),
    ];

    /// <summary>
    /// Reads names as a user types them (<c>http</c>, <c>shared-libraries</c>, also comma-separated); none means every check.
    /// Refuses an unknown name, and <c>http</c> without an application, naming the input and what is allowed.
    /// </summary>
    public static CheckSelection Parse(IReadOnlyList<string>? raw, bool hasApp)
    {
        var typed = (raw ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (typed.Count == 0)
        {
            return All;
        }

        var unknown = typed.Where(name => Canonical(name) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new PyImagesException(
                $"--checks {string.Join(", ", unknown.Select(name => $"'{InputPreview.Of(name)}'"))} {(unknown.Count == 1 ? "is not a check" : "are not checks")}. "
                + $"Allowed: {string.Join(", ", Selectable.Select(Typed))} (default: every check that applies).");
        }

        var names = typed.Select(name => Canonical(name)!).ToHashSet();
        if (names.Contains(CheckNames.Http) && !hasApp)
        {
            throw new PyImagesException("--checks http selects the HTTP check of an application: give its folder with --app DIR.");
        }

        return new CheckSelection(names);
    }

    /// <summary>How a user types a check's name: its words joined by '-', e.g. shared-libraries.</summary>
    public static string Typed(string checkName) => checkName.Replace(' ', '-');

    private static string? Canonical(string typed) => Selectable.FirstOrDefault(name => Words(name) == Words(typed));

    private static string Words(string name) => name.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
}
