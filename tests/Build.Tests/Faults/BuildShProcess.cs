using System.Collections.Concurrent;
using System.Diagnostics;

namespace Build.Tests.Faults;

/// <summary>A running <c>./build.sh</c> (the dotnet host after build.sh's exec): its output so far, signals, the end.</summary>
public sealed class BuildShProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    private BuildShProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => string.Join('\n', _lines);

    /// <param name="wrapper">A command line build.sh runs under (e.g. in a mount namespace of its own), given as its first arguments.</param>
    public static BuildShProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? wrapper = null)
    {
        string[] command = [.. wrapper ?? [], "bash", Repository.Root / "build.sh", .. arguments];
        var start = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        return new BuildShProcess(Process.Start(start)!);
    }

    /// <summary>Waits until a printed line contains <paramref name="text"/>; fails with the output so far when it never does.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            Assert.False(_process.HasExited && _lines.All(line => !line.Contains(text, StringComparison.Ordinal)), $"build.sh ended before printing '{text}':\n{Output}");
            Assert.True(DateTime.UtcNow < deadline, $"build.sh did not print '{text}' within {timeout}:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>Sends a signal to the build process only, as <c>kill -INT pid</c> would.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString()]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public async Task<BuildShResult> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"build.sh did not end within {timeout}:\n{Output}");
        }

        _process.WaitForExit();
        return new BuildShResult(_process.ExitCode, Output, _stopwatch.Elapsed);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
            _lines.Enqueue(line);
    }
}
