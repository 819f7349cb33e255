namespace PyImages.Pipeline;

/// <summary>Step results kept as JSON under artifacts/state, written atomically, so a later run (Report) can read them.</summary>
public sealed class StateStore(string directory)
{
    public Task SaveAsync<T>(string name, T value, CancellationToken cancellationToken = default) =>
        JsonFile.WriteAsync(PathOf(name), value, cancellationToken);

    /// <summary>The saved value, or default when there is none or it no longer reads (an older format).</summary>
    public T? Load<T>(string name) => JsonFile.Read<T>(PathOf(name));

    private string PathOf(string name) => Path.Combine(directory, name + ".json");
}
