namespace PyImages.Sources;

/// <summary>Where a package's sdist came from, as the report says it.</summary>
public static class SourceOrigins
{
    public const string PackageIndex = "package index";
    public const string DebianSourceArchive = "Debian source archive";
}
