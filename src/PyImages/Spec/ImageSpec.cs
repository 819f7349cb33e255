namespace PyImages.Spec;

/// <summary>What to build, validated: every value here may reach a Dockerfile (quoted).</summary>
/// <param name="Packages">The Python requirements to install.</param>
/// <param name="BaseImage">The base image the user configured.</param>
/// <param name="Repository">Repository of the images we build; tags come from <see cref="VariantCatalog"/>.</param>
/// <param name="BuildDependencies">Compiler and headers per base family.</param>
/// <param name="PythonHeadersPackage">Added to the build dependencies only when the base lacks Python.h.</param>
/// <param name="RuntimeUid">The uid (and gid) Minimal runs as.</param>
/// <param name="Variants">The variants requested, in catalog order.</param>
/// <param name="App">The application the images serve; null: the packages alone (<see cref="Packages"/> then holds
/// the app's requirements and any --packages).</param>
public sealed record ImageSpec(
    IReadOnlyList<PackageRequirement> Packages,
    ImageReference BaseImage,
    ImageReference Repository,
    IReadOnlyDictionary<BaseFamily, IReadOnlyList<SystemPackageName>> BuildDependencies,
    IReadOnlyDictionary<BaseFamily, SystemPackageName> PythonHeadersPackage,
    int RuntimeUid,
    IReadOnlyList<Variant> Variants,
    AppSpec? App = null,
    bool TimeZoneData = false)
{
    public const string DefaultPackages = "uwsgi";
    public const string DefaultBaseImage = "python:3.12-slim";
    public const string DefaultRepository = "blog-python";
    public const int DefaultRuntimeUid = 10001;

    public static IReadOnlyDictionary<BaseFamily, string> DefaultBuildDependencies { get; } = new Dictionary<BaseFamily, string>
    {
        [BaseFamily.Debian] = "gcc libc6-dev",
        [BaseFamily.Alpine] = "linux-headers g++",
    };

    public static ImageSpec Default { get; } = ImageSpecFactory.Create(new ImageSpecInput());

    /// <summary>The image reference for a variant, e.g. blog-python:big-uninstall.</summary>
    public ImageReference ImageFor(Variant variant) => Repository.WithTag(VariantCatalog.Get(variant).Tag);

    /// <summary>The build dependencies for a base of that family, with the Python headers package when the base has no Python.h.</summary>
    public IReadOnlyList<SystemPackageName> BuildDependenciesFor(BaseFamily family, bool baseHasPythonHeaders) =>
        baseHasPythonHeaders
            ? BuildDependencies[family]
            : [.. BuildDependencies[family], PythonHeadersPackage[family]];
}
