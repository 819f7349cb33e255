namespace PyImages.Templates;

/// <summary>Paths inside the images that the templates use and that verification can rely on.</summary>
public static class DockerfileLayout
{
    /// <summary>Where the build context (the fetched sources) is copied.</summary>
    public const string SourcesDirectory = "/sources";

    /// <summary>Where the builder writes wheels; Small's final stage keeps them here, as the recipe does.</summary>
    public const string WheelsDirectory = "/wheels";

    /// <summary>Minimal's installed packages (pip --target): modules at the top, console scripts in bin/.</summary>
    public const string PackagesDirectory = "/opt/python-packages";

    /// <summary>The builder's list of packages that own the runtime libraries the built files need.</summary>
    public const string RuntimePackagesFile = "/runtime-packages.txt";

    /// <summary>Minimal's unprivileged user (its uid comes from the spec).</summary>
    public const string RuntimeUserName = "app";

    /// <summary>Where the builder stages Distroless's root file system, copied whole onto scratch.</summary>
    public const string DistrolessRoot = "/distroless";

    /// <summary>Distroless's record, inside the image, of why each file is there (written by distroless_root.py, read by Analyze).</summary>
    public const string DistrolessManifest = "/usr/lib/pyimages/distroless.json";

    /// <summary>The stage that builds, in multi-stage Dockerfiles.</summary>
    public const string BuilderStage = "builder";

    public static string FileName(Spec.Variant variant) => "Dockerfile." + Spec.VariantCatalog.Get(variant).Name;
}
