namespace PyImages.Spec;

/// <summary>Everything the build, the templates, the tests and the report need to know about one variant.</summary>
/// <param name="Name">Lower-case name used in file names and parameters, e.g. "small".</param>
/// <param name="Tag">Image tag, e.g. "big-uninstall".</param>
/// <param name="ExpectBuildFailure">The build is supposed to fail (Break: no compiler).</param>
/// <param name="ExpectCompiler">A C compiler is supposed to be on PATH in the image.</param>
/// <param name="Description">One sentence for the report.</param>
/// <param name="IsRecipe">One of the recipe's four variants (rendered the same on every engine).</param>
public sealed record VariantInfo(
    Variant Variant,
    string Name,
    string Tag,
    TemplateFlags Flags,
    bool ExpectBuildFailure,
    bool ExpectCompiler,
    string Description,
    bool IsRecipe);
