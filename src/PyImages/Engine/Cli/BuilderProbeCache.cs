namespace PyImages.Engine.Cli;

/// <summary>
/// Probe results in one JSON file, keyed by everything that changes the answer: engine kind, version, the builder the
/// CLI reported, the client (its version; a newer client without buildx fails every build that 20.10's builds with
/// BuildKit), whether it takes buildx's flags, and DOCKER_BUILDKIT. A new engine or client (or a buildx install)
/// therefore probes again.
/// </summary>
public sealed class BuilderProbeCache(string path)
{
    public static string KeyFor(EngineInfo claimed, string? dockerBuildKitVariable) =>
        $"v3|{claimed.Kind}|{claimed.Version}|{claimed.Builder}|{claimed.Client}|buildx-flags={claimed.BuildxFlags}"
        + (claimed.Kind == EngineKind.Docker ? $"|DOCKER_BUILDKIT={dockerBuildKitVariable?.Trim()}" : "");

    public BuilderCapabilities? Find(string key) => ReadAll().GetValueOrDefault(key);

    public void Save(string key, BuilderCapabilities features)
    {
        var all = ReadAll();
        all[key] = features;
        JsonFile.Write(path, all);
    }

    /// <summary>An unreadable file (older format, torn write) is no cache at all: probing again is cheap.</summary>
    private Dictionary<string, BuilderCapabilities> ReadAll() => JsonFile.Read<Dictionary<string, BuilderCapabilities>>(path) ?? [];
}
