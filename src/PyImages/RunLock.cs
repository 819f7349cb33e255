namespace PyImages;

/// <summary>
/// One PyImages process at a time for a shared thing: a checkout (two runs would overwrite each other's Dockerfiles,
/// logs and reports) or the bootstrap of a base image. The lock is an OS file lock, so a killed run never leaves it held.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _stream;

    private RunLock(FileStream stream) => _stream = stream;

    public string Path => _stream.Name;

    /// <summary>Waits up to <paramref name="timeout"/> for the lock, telling <paramref name="onWaiting"/> once who holds it.</summary>
    /// <param name="holds">What the lock guards, for messages, e.g. "this checkout".</param>
    public static async Task<RunLock> AcquireAsync(
        string path, TimeSpan timeout, Action<string>? onWaiting = null, CancellationToken cancellationToken = default, string holds = "this checkout")
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var deadline = DateTime.UtcNow + timeout;
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                // The lock file itself cannot be read while held, so the holder is named beside it.
                File.WriteAllText(OwnerPath(path), $"{Environment.ProcessId}\n");
                return new RunLock(stream);
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new PyImagesException(
                    $"Another PyImages run holds the lock {path} on {holds} ({Holder(path)}). " +
                    "Wait for it to finish, or stop it; the lock is released when that process ends.");
            }

            if (!told)
            {
                onWaiting?.Invoke($"Another PyImages run ({Holder(path)}) is using {holds}; waiting up to {timeout.TotalMinutes:0} min for it to finish.");
                told = true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    public void Dispose() => _stream.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Holder(string path)
    {
        try
        {
            var pid = File.ReadAllText(OwnerPath(path)).Trim();
            return string.IsNullOrEmpty(pid) ? "process unknown" : $"process {pid}";
        }
        catch (IOException)
        {
            return "process unknown";
        }
    }

    private static string OwnerPath(string path) => path + ".owner";
}
