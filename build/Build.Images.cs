using PyImages;
using PyImages.Spec;

partial class Build
{
    Target BuildBreak => _ => VariantTarget(_, Variant.Break);

    Target BuildBig => _ => VariantTarget(_, Variant.Big);

    Target BuildUninstall => _ => VariantTarget(_, Variant.Uninstall);

    Target BuildSmall => _ => VariantTarget(_, Variant.Small);

    Target BuildMinimal => _ => VariantTarget(_, Variant.Minimal);

    Target BuildDistroless => _ => VariantTarget(_, Variant.Distroless);

    /// <summary>Every variant's target, for the steps that run after whichever of them are planned.</summary>
    Target[] VariantTargets => [BuildBreak, BuildBig, BuildUninstall, BuildSmall, BuildMinimal, BuildDistroless];

    AbsolutePath DockerfilesDirectory => ArtifactsDirectory / "dockerfiles";

    AbsolutePath LogsDirectory => ArtifactsDirectory / "logs";

    /// <summary>The build's own names, given to the library for the hints in its messages and banners.</summary>
    static HostHints Hints { get; } = new(
        (variant, step) => $"./build.sh {VariantTargetName(variant)} {step}",
        $"./build.sh {nameof(RenderExamples)}");

    /// <summary>Each variant's target is Build + the variant's name: BuildSmall builds Variant.Small.</summary>
    static string VariantTargetName(Variant variant) => "Build" + variant;

    // The description is the catalog's: the variants are described once, in the library.
    ITargetDefinition VariantTarget(ITargetDefinition target, Variant variant) => target
        .Description($"{VariantCatalog.Get(variant).Description} (tag {VariantCatalog.Get(variant).Tag})")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(variant));

    async Task BuildVariantAsync(Variant variant)
    {
        var outcome = await Run.BuildAsync(variant, Cancellation);
        ReportSummary(_ => _.AddPair("Image", outcome.ImageReference).AddPair("Outcome", outcome.Status.ToString()));
    }

    Target Recipe => _ => _
        .Description("The whole recipe: BuildBreak, BuildBig, BuildUninstall, BuildSmall, then Report")
        .DependsOn(BuildBreak, BuildBig, BuildUninstall, BuildSmall, Report);
}
