namespace Build.Tests.Faults;

/// <summary>
/// A root of its own for one test's runs (<c>--root</c>): its own .nuke/parameters.json, artifacts/ and build log,
/// so tests never write into the checkout nor read each other's files.
/// </summary>
public sealed class Sandbox : IDisposable
{
    public Sandbox(string parametersJson = "{}")
    {
        Root = Directory.CreateTempSubdirectory("pyimages-faults-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
        File.WriteAllText(Path.Combine(Root, ".nuke", "parameters.json"), parametersJson);
    }

    public string Root { get; }

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string BuildLog => Path.Combine(Root, ".nuke", "temp", "build.log");

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Sources fetched before, so a build skips the fetch (the manifest says which requirements they are for).</summary>
    public Sandbox WithSources(string sourcesDirectory)
    {
        var target = Path.Combine(Artifacts, "sources");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(sourcesDirectory))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return this;
    }

    /// <summary>Every file the runs wrote: artifacts and the host's build log.</summary>
    public IEnumerable<string> WrittenFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files a container wrote as another user may resist; the temp folder is cleaned by the system anyway.
        }
    }
}
