using System.Text;

namespace Build.Tests.Faults;

/// <summary>
/// Looks, while a run goes on, at every file under some folders (each file again whenever it changed) for a secret:
/// a file that holds it even for a moment (an env file, a log line) is caught, not only what is left at the end.
/// </summary>
public sealed class TokenScanner : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly byte[] _token;
    private readonly IReadOnlyList<string> _folders;
    private readonly Dictionary<string, (long Length, DateTime Written)> _seen = [];
    private readonly HashSet<string> _holding = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TokenScanner(string token, IReadOnlyList<string> folders)
    {
        _token = Encoding.UTF8.GetBytes(token);
        _folders = folders;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Stops scanning after one last pass; returns every file that held the secret at some point.</summary>
    public async Task<IReadOnlyCollection<string>> StopAsync()
    {
        _stop.Cancel();
        await _loop;
        ScanOnce();
        return _holding;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            ScanOnce();
            try
            {
                await Task.Delay(Interval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void ScanOnce()
    {
        foreach (var file in _folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", new EnumerationOptions
                 { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })))
        {
            try
            {
                var info = new FileInfo(file);
                var stamp = (info.Length, info.LastWriteTimeUtc);

                // Empty files hold nothing; and FIFOs (.NET's clr-debug-pipe-* in TMPDIR) show as empty and would block a read forever.
                if (info.Length == 0 || (_seen.TryGetValue(file, out var seen) && seen == stamp))
                    continue;
                _seen[file] = stamp;
                if (File.ReadAllBytes(file).AsSpan().IndexOf(_token) >= 0)
                    _holding.Add(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or being replaced between listing and reading: the next pass sees what took its place.
            }
        }
    }
}
