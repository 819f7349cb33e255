using PyImages.Spec;

partial class Build
{
    Target BuildBreak => _ => _
        .Description("The recipe's first step: pip install without a compiler; succeeds when the build fails for lack of one")
        .DependsOn(Fetch)
        .Executes(async () => { await Run.BuildAsync(Variant.Break, Cancellation); });

    Target BuildBig => _ => _
        .Description("Compiler and headers, then pip install: works, and the compiler ships in the image (tag big)")
        .DependsOn(Fetch)
        .Executes(async () => { await Run.BuildAsync(Variant.Big, Cancellation); });

    Target BuildUninstall => _ => _
        .Description("Big with the compiler removed in a later layer: frees nothing (tag big-uninstall)")
        .DependsOn(Fetch)
        .Executes(async () => { await Run.BuildAsync(Variant.Uninstall, Cancellation); });

    Target BuildSmall => _ => _
        .Description("Multi-stage: wheels built with the compiler, installed in a clean stage (tag small)")
        .DependsOn(Fetch)
        .Executes(async () => { await Run.BuildAsync(Variant.Small, Cancellation); });

    Target BuildMinimal => _ => _
        .Description("Only the installed packages and their runtime libraries, non-root (tag minimal)")
        .DependsOn(Fetch)
        .Executes(async () => { await Run.BuildAsync(Variant.Minimal, Cancellation); });

    Target Recipe => _ => _
        .Description("The whole recipe: BuildBreak, BuildBig, BuildUninstall, BuildSmall, then Report")
        .DependsOn(BuildBreak, BuildBig, BuildUninstall, BuildSmall, Report);
}
