using System.Text.Json;
using PyImages.Reporting;

namespace PyImages.Pipeline;

/// <summary>Step results kept as JSON under artifacts/state, written atomically, so a later run (Report) can read them.</summary>
public sealed class StateStore(string directory)
{
    public async Task SaveAsync<T>(string name, T value, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await AtomicFile.WriteAllTextAsync(PathOf(name), JsonSerializer.Serialize(value, ReportJson.Options), cancellationToken);
    }

    /// <summary>The saved value, or default when there is none or it no longer reads (an older format).</summary>
    public T? Load<T>(string name)
    {
        try
        {
            return File.Exists(PathOf(name)) ? JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(name)), ReportJson.Options) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private string PathOf(string name) => Path.Combine(directory, name + ".json");
}
