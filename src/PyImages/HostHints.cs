using PyImages.Spec;

namespace PyImages;

/// <summary>
/// How the host that drives the library names what a user types, for the hints in messages and banners: the library
/// knows no target, command or CI name of its own.
/// </summary>
/// <param name="BuildThen">What to run to build a variant and then a step, e.g. "./build.sh BuildSmall Report".</param>
/// <param name="Regenerate">What to run to regenerate the checked-in example Dockerfiles.</param>
public sealed record HostHints(Func<Variant, string, string> BuildThen, string Regenerate)
{
    /// <summary>Wording that names no host: what a library user without a build reads.</summary>
    public static HostHints Neutral { get; } = new(
        (variant, step) => $"a build of the {VariantCatalog.Get(variant).Name} image, then {step}",
        "a new rendering of the examples");
}
