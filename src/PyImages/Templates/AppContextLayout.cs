namespace PyImages.Templates;

/// <summary>
/// The build context of an application's image: the fetched sources and the app's files side by side, so the layer
/// that installs depends on the sources alone and the app's files are copied after it.
/// </summary>
public static class AppContextLayout
{
    public const string SourcesFolder = "sources";

    public const string AppFolder = "app";

    /// <summary>The app's requirements file as written, beside the sources, when it pins hashes: pip builds from it with --require-hashes.</summary>
    public const string HashedRequirementsFile = "app-requirements.txt";
}
