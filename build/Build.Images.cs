using PyImages.Spec;

partial class Build
{
    Target BuildBreak => _ => _
        .Description("The recipe's first step: pip install without a compiler; succeeds when the build fails for lack of one")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(Variant.Break));

    Target BuildBig => _ => _
        .Description("Compiler and headers, then pip install: works, and the compiler ships in the image (tag big)")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(Variant.Big));

    Target BuildUninstall => _ => _
        .Description("Big with the compiler removed in a later layer: frees nothing (tag big-uninstall)")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(Variant.Uninstall));

    Target BuildSmall => _ => _
        .Description("Multi-stage: wheels built with the compiler, installed in a clean stage (tag small)")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(Variant.Small));

    Target BuildMinimal => _ => _
        .Description("Only the installed packages and their runtime libraries, non-root (tag minimal)")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(Variant.Minimal));

    Target BuildDistroless => _ => _
        .Description("FROM scratch: interpreter, kept stdlib, packages and the libraries they load; no shell, non-root (tag distroless)")
        .DependsOn(Fetch)
        .Requires(() => InputIsValid)
        .Produces(DockerfilesDirectory / "*", LogsDirectory / "*.log")
        .Executes(() => BuildVariantAsync(Variant.Distroless));

    AbsolutePath DockerfilesDirectory => ArtifactsDirectory / "dockerfiles";

    AbsolutePath LogsDirectory => ArtifactsDirectory / "logs";

    async Task BuildVariantAsync(Variant variant)
    {
        var outcome = await Run.BuildAsync(variant, Cancellation);
        ReportSummary(_ => _.AddPair("Image", outcome.ImageReference).AddPair("Outcome", outcome.Status.ToString()));
    }

    Target Recipe => _ => _
        .Description("The whole recipe: BuildBreak, BuildBig, BuildUninstall, BuildSmall, then Report")
        .DependsOn(BuildBreak, BuildBig, BuildUninstall, BuildSmall, Report);
}
