namespace PyImages.Spec;

/// <summary>The one place that describes the variants.</summary>
public static class VariantCatalog
{
    public static IReadOnlyList<VariantInfo> All { get; } =
    [
        new(Variant.Break, "break", "break",
            new TemplateFlags(),
            ExpectBuildFailure: true, ExpectCompiler: false,
            "The base image and pip install: a package with a C extension cannot build without a compiler.",
            IsRecipe: true),
        new(Variant.Big, "big", "big",
            new TemplateFlags(InstallBuildDeps: true),
            ExpectBuildFailure: false, ExpectCompiler: true,
            "Compiler and headers installed, then pip install: it works, and the compiler ships in the image.",
            IsRecipe: true),
        new(Variant.Uninstall, "uninstall", "big-uninstall",
            new TemplateFlags(InstallBuildDeps: true, RemoveBuildDeps: true, RuntimeLibraries: true),
            ExpectBuildFailure: false, ExpectCompiler: false,
            "Big, then the compiler removed in a later layer: the bytes stay in the image.",
            IsRecipe: true),
        new(Variant.Small, "small", "small",
            new TemplateFlags(MultiStage: true, InstallBuildDeps: true, RuntimeLibraries: true),
            ExpectBuildFailure: false, ExpectCompiler: false,
            "A builder stage with the compiler makes wheels; a clean stage installs them (the wheels stay in the image).",
            IsRecipe: true),
        new(Variant.Minimal, "minimal", "minimal",
            new TemplateFlags(MultiStage: true, InstallBuildDeps: true, RuntimeLibraries: true, CopyInstalledTree: true, NonRootUser: true),
            ExpectBuildFailure: false, ExpectCompiler: false,
            "Only the installed packages and the runtime libraries they need reach the final stage, which runs as a non-root user.",
            IsRecipe: false),
        new(Variant.Distroless, "distroless", "distroless",
            new TemplateFlags(MultiStage: true, InstallBuildDeps: true, CopyInstalledTree: true, NonRootUser: true, Distroless: true),
            ExpectBuildFailure: false, ExpectCompiler: false,
            "FROM scratch: the interpreter, the standard library a service uses, the packages and the libraries they load; no shell, no package manager, non-root.",
            IsRecipe: false),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(v => v.Name).ToArray();

    public static VariantInfo Get(Variant variant) => All.Single(v => v.Variant == variant);

    /// <summary>Accepts the name ("small") or the tag ("big-uninstall"), case-insensitively.</summary>
    public static bool TryParse(string? text, out Variant variant)
    {
        var match = All.FirstOrDefault(v =>
            string.Equals(v.Name, text?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(v.Tag, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        variant = match?.Variant ?? default;
        return match is not null;
    }
}
