namespace PyImages.Engine;

/// <summary>
/// Environment for a container written to a file only the current user can read (0600), passed with <c>--env-file</c>,
/// so values (an index URL with a token) never appear on a command line or in a process list. Deleted on dispose.
/// </summary>
public sealed class EnvFile : IDisposable
{
    private EnvFile(string path) => Path = path;

    public string Path { get; }

    public static EnvFile Write(IReadOnlyDictionary<string, string> variables)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pyimages-env-{Guid.NewGuid():N}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        if (variables.Keys.FirstOrDefault(name => name.Length == 0 || name.Contains('=') || (name + variables[name]).IndexOfAny(['\n', '\r']) >= 0) is { } bad)
        {
            throw new PyImagesException($"Environment variable '{bad}' for a container has an empty name, '=' in its name or a line break: an env file cannot carry it.");
        }

        using var writer = new StreamWriter(path, options);
        foreach (var (name, value) in variables)
        {
            writer.Write($"{name}={value}\n");
        }

        return new EnvFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
