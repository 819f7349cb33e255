namespace PyImages.Tests.Spec;

/// <summary>A throwaway application folder for tests: files by relative path, removed afterwards.</summary>
internal sealed class AppFolder : IDisposable
{
    public AppFolder(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("pyimages-app-").FullName;

    public void Write(string path, string text)
    {
        var full = System.IO.Path.Combine(Root, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
