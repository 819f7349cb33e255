namespace PyImages;

/// <summary>
/// One PyImages process at a time for a shared thing: a checkout (two runs would overwrite each other's Dockerfiles,
/// logs and reports) or the bootstrap of a base image. The lock is an OS file lock, so a killed run never leaves it held.
/// Only a live holder makes a run wait: any other failure to take the lock (a read-only or unwritable folder) is an
/// error at once, naming the path and the cause.
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
        Guard(path, () => Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!));
        var deadline = DateTime.UtcNow + timeout;
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                // The lock file itself cannot be read while held, so the holder is named beside it.
                try
                {
                    Guard(path, () => File.WriteAllText(OwnerPath(path), $"{Environment.ProcessId}\n"));
                }
                catch
                {
                    stream.Dispose();
                    throw;
                }

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

    /// <summary>The open lock, or null when a live process holds it; anything else is an error naming the path.</summary>
    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (HeldByAnother(exception))
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotLock(path, exception);
        }
    }

    /// <summary>
    /// The OS refused because another process holds the lock: EWOULDBLOCK from flock on Unix (11 on Linux, 35 on macOS),
    /// a sharing or lock violation on Windows. Every other refusal (read-only file system, permissions) is not a holder.
    /// </summary>
    private static bool HeldByAnother(IOException exception) =>
        OperatingSystem.IsWindows() ? (exception.HResult & 0xFFFF) is 32 or 33
        : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? exception.HResult == 35
        : exception.HResult == 11;

    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotLock(path, exception);
        }
    }

    private static PyImagesException CannotLock(string path, Exception cause) => new(
        $"Cannot take the run lock {path}: {cause.Message} " +
        $"PyImages needs to write in {System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))}: make it writable for user " +
        $"'{Environment.UserName}' (it may be on a read-only file system, or owned by another user), then run again.");

    private static string Holder(string path)
    {
        try
        {
            var pid = File.ReadAllText(OwnerPath(path)).Trim();
            return string.IsNullOrEmpty(pid) ? "process unknown" : $"process {pid}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "process unknown";
        }
    }

    private static string OwnerPath(string path) => path + ".owner";
}
