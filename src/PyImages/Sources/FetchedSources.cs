namespace PyImages.Sources;

/// <summary>The local folder the Dockerfiles install from (<c>pip --no-index --find-links</c>).</summary>
/// <param name="Files">Full paths of the sdists/wheels in <paramref name="Directory"/>.</param>
/// <param name="Origins">Distribution name → <see cref="SourceOrigins"/> value.</param>
/// <param name="Notes">What the user should know (a repacked upstream tarball, dependencies not fetched, ...).</param>
public sealed record FetchedSources(
    string Directory,
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, string> Origins,
    IReadOnlyList<string> Notes);
