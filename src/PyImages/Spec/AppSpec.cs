namespace PyImages.Spec;

/// <summary>The user's application, validated: what its image copies, installs and runs, and how Verify reaches it.</summary>
/// <param name="Directory">The application folder (full path).</param>
/// <param name="Name">The folder's name, for the image's labels.</param>
/// <param name="Files">What of the folder goes into the image (as <see cref="AppFiles"/> selects it), listed once when the spec is made.</param>
/// <param name="RequirementsSource">Where the dependencies came from: "requirements.txt" or "pyproject.toml [project].dependencies".</param>
/// <param name="Requirements">The application's own requirements (without --packages).</param>
/// <param name="RequireHashes">The requirements file pins hashes: pip installs it with --require-hashes.</param>
/// <param name="Command">The image's command in exec form.</param>
/// <param name="Port">The TCP port the command serves HTTP on.</param>
/// <param name="HealthPath">The path Verify sends GET to; a 2xx answer is a pass.</param>
/// <param name="GitRevision">The commit the folder is at, when it is in a git repository.</param>
public sealed record AppSpec(
    string Directory,
    string Name,
    IReadOnlyList<AppFiles.Entry> Files,
    string RequirementsSource,
    IReadOnlyList<PackageRequirement> Requirements,
    bool RequireHashes,
    IReadOnlyList<string> Command,
    int Port,
    string HealthPath,
    string? GitRevision)
{
    public const string DefaultWsgi = "app:application";
    public const int DefaultPort = 8080;
    public const string DefaultHealthPath = "/";
    public const string RequirementsFileName = "requirements.txt";
    public const string PyprojectFileName = "pyproject.toml";

    /// <summary>The folder in the image the application's files are copied to, and its working directory.</summary>
    public const string ImageDirectory = "/app";
}
