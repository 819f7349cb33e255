using System.Text.Json;
using PyImages.Engine;

namespace PyImages.Inspection;

/// <summary>
/// Measures <see cref="InstalledSize"/> inside the image itself (Debian family): sizes of the regular files
/// under the installed tree, and of the files dpkg lists for each package that the base lacks.
/// </summary>
public static class InstalledSizeProbe
{
    // argv: base package names (comma separated), then the installed tree. Hard links and symlinks counted once / not at all.
    private const string Script = """
        import json, os, sys
        base = set(filter(None, sys.argv[1].split(",")))
        seen = set()
        def size(path):
            try:
                st = os.lstat(path)
            except OSError:
                return 0
            if not os.path.isfile(path) or os.path.islink(path) or (st.st_dev, st.st_ino) in seen:
                return 0
            seen.add((st.st_dev, st.st_ino))
            return st.st_size
        tree = sum(size(os.path.join(root, name)) for root, _, names in os.walk(sys.argv[2]) for name in names)
        packages = {}
        info = "/var/lib/dpkg/info"
        for entry in sorted(os.listdir(info)) if os.path.isdir(info) else []:
            if not entry.endswith(".list"):
                continue
            name = entry[:-5].split(":")[0]
            if name in base:
                continue
            with open(os.path.join(info, entry), encoding="utf-8", errors="replace") as listing:
                packages[name] = sum(size(line.rstrip("\n")) for line in listing)
        print(json.dumps({"tree": tree, "packages": packages}))
        """;

    public static async Task<InstalledSize> MeasureAsync(
        IContainerEngine engine, string image, string baseImage, string pythonExecutable, string installedTree, CancellationToken cancellationToken = default)
    {
        var basePackages = await RunAsync(engine, new RunRequest(
            baseImage, ["-W", "-f", "${Package}\n"], Entrypoint: "dpkg-query", Network: false), cancellationToken);
        var names = basePackages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var output = await RunAsync(engine, new RunRequest(
            image, ["-c", Script, string.Join(',', names), installedTree], Entrypoint: pythonExecutable, Network: false), cancellationToken);
        return Parse(output);
    }

    public static InstalledSize Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var packages = document.RootElement.GetProperty("packages").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt64());
        return new InstalledSize(document.RootElement.GetProperty("tree").GetInt64(), packages);
    }

    private static async Task<string> RunAsync(IContainerEngine engine, RunRequest request, CancellationToken cancellationToken)
    {
        var result = await engine.RunAsync(request, cancellationToken);
        return result.Succeeded
            ? result.StandardOutput
            : throw new PyImagesException(
                $"Measuring installed sizes in {request.Image} failed (exit code {result.ExitCode}): {result.StandardError.Trim()}");
    }
}
