using System.Text.Json;
using PyImages.Engine;

namespace PyImages.Inspection;

/// <summary>
/// Measures <see cref="InstalledSize"/> inside the image itself (Debian family): sizes of the regular files
/// under the installed tree, and of the files dpkg lists for each package that the base lacks.
/// </summary>
public static class InstalledSizeProbe
{
    /// <summary><c>installed_size.py</c> beside this file; argv: base package names (comma separated), then the installed tree.</summary>
    internal static string Script { get; } = EmbeddedScript.Read("Inspection/installed_size.py");

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
