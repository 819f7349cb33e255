namespace PyImages.Spec;

/// <summary>Raw values as they come from command-line parameters or JSON; null means "use the default".</summary>
/// <param name="Packages">One requirement per entry (requirements may contain spaces and commas).</param>
/// <param name="BuildDeps">Build dependencies for every family; an entry may hold several names separated by spaces or commas.</param>
/// <param name="Variants">Variant names or tags, e.g. "small"; null means all.</param>
public sealed record ImageSpecInput(
    IReadOnlyList<string>? Packages = null,
    string? BaseImage = null,
    string? Repository = null,
    IReadOnlyList<string>? BuildDeps = null,
    string? RuntimeUid = null,
    IReadOnlyList<string>? Variants = null);
