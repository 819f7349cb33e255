using System.Globalization;

namespace PyImages.Spec;

/// <summary>Turns raw input into an <see cref="ImageSpec"/>, or fails listing every bad input and what is allowed.</summary>
public static class ImageSpecFactory
{
    public static ImageSpec Create(ImageSpecInput input)
    {
        var errors = new List<string>();
        var app = AppSpecFactory.Create(input, errors);
        var packages = app is null
            ? ParsePackages(input.Packages ?? [ImageSpec.DefaultPackages], errors)
            : [.. app.Requirements, .. ParsePackages(input.Packages ?? [], errors, allowNone: true)];
        if (app is not null)
        {
            AppSpecFactory.RequireServer(input, app, packages, errors);
        }

        if (app is { RequireHashes: true } && input.Packages is { Count: > 0 })
        {
            errors.Add($"--packages cannot be added to the app's {AppSpec.RequirementsFileName}: it pins hashes, which pip then requires of every "
                + "requirement. Add the packages to the file, with their hashes.");
        }

        var baseImage = Collect(() => ImageReference.Parse(input.BaseImage ?? ImageSpec.DefaultBaseImage), errors);
        var repository = Collect(() => ImageReference.ParseRepository(input.Repository ?? ImageSpec.DefaultRepository), errors);
        var buildDeps = Enum.GetValues<BaseFamily>().ToDictionary<BaseFamily, BaseFamily, IReadOnlyList<SystemPackageName>>(
            family => family,
            family => ParseSystemPackages(family, input.BuildDeps ?? [ImageSpec.DefaultBuildDependencies[family]], errors));
        var uid = ParseUid(input.RuntimeUid, errors);
        var variants = ParseVariants(input.Variants, errors);
        if (input.TimeZoneData && input.Variants is not null && !variants.Contains(Variant.Distroless))
        {
            errors.Add("--time-zone-data adds time zone data to the distroless image only (the other variants keep their base's): "
                + "build distroless too, or leave the option out.");
        }

        if (errors.Count > 0)
        {
            throw new PyImagesException(
                "The build settings have invalid values; nothing was rendered or built:" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Distinct().Select(e => "  - " + e)));
        }

        return new ImageSpec(
            packages,
            baseImage!,
            repository!,
            buildDeps,
            Enum.GetValues<BaseFamily>().ToDictionary(f => f, f => new SystemPackageName(f, "python3-dev")),
            uid,
            variants,
            app,
            input.TimeZoneData);
    }

    /// <summary>More would be a mistake (or a flood), not an image.</summary>
    public const int MaxPackages = 100;

    public const int MaxBuildDependencies = 50;

    private static List<PackageRequirement> ParsePackages(IReadOnlyList<string> raw, List<string> errors, bool allowNone = false)
    {
        if (raw.Count == 0 && !allowNone)
        {
            errors.Add("packages: at least one package is required. Allowed: " + PackageRequirement.Allowed + ".");
        }

        if (raw.Count > MaxPackages)
        {
            errors.Add($"packages: {raw.Count} requirements given, at most {MaxPackages} are allowed.");
            return [];
        }

        return raw.Select(text => Collect(() => PackageRequirement.Parse(text), errors)).OfType<PackageRequirement>().ToList();
    }

    private static List<SystemPackageName> ParseSystemPackages(BaseFamily family, IReadOnlyList<string> raw, List<string> errors)
    {
        var names = raw.SelectMany(entry => entry.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (names.Count == 0)
        {
            errors.Add("build-deps: the list is empty, but the variants that compile need at least the compiler. Leave --build-deps out "
                + "for the default (gcc libc6-dev on Debian, linux-headers g++ on Alpine), or name them, e.g. --build-deps gcc libc6-dev.");
            return [];
        }

        if (names.Count > MaxBuildDependencies)
        {
            errors.Add($"build-deps: {names.Count} system packages given, at most {MaxBuildDependencies} are allowed.");
            return [];
        }

        return names.Select(name => Collect(() => SystemPackageName.Parse(family, name), errors)).OfType<SystemPackageName>().ToList();
    }

    private static int ParseUid(string? raw, List<string> errors)
    {
        if (raw is null)
        {
            return ImageSpec.DefaultRuntimeUid;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var uid) && uid is >= 1000 and <= 2147483646)
        {
            return uid;
        }

        errors.Add($"Runtime uid '{raw}' is not valid. Allowed: a whole number from 1000 to 2147483646 (not root, not a system account).");
        return 0;
    }

    private static List<Variant> ParseVariants(IReadOnlyList<string>? raw, List<string> errors)
    {
        if (raw is null)
        {
            return VariantCatalog.All.Select(v => v.Variant).ToList();
        }

        var variants = new HashSet<Variant>();
        foreach (var name in raw)
        {
            if (VariantCatalog.TryParse(name, out var variant))
            {
                variants.Add(variant);
            }
            else
            {
                errors.Add($"Variant '{name}' is unknown. Allowed: {string.Join(", ", VariantCatalog.Names)}.");
            }
        }

        return VariantCatalog.All.Select(v => v.Variant).Where(variants.Contains).ToList();
    }

    /// <summary>The parsed value, or null with the parser's message added to the errors.</summary>
    internal static T? Collect<T>(Func<T> parse, List<string> errors)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (PyImagesException e)
        {
            errors.Add(e.Message);
            return null;
        }
    }
}
