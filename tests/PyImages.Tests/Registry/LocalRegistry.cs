using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PyImages.Tests.Registry;

/// <summary>
/// Debian's docker-registry (CNCF distribution) serving plain HTTP on 127.0.0.1 at a free port, its storage in a folder of
/// its own that goes with it. Docker treats loopback registries as insecure by itself; Podman is told by PyImages' engine code.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    public const string Executable = "/usr/bin/docker-registry";

    private readonly Process _process;
    private readonly string _directory;

    private LocalRegistry(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>host:port, the first part of the references it serves.</summary>
    public string Host => $"127.0.0.1:{Port}";

    public string LogPath => Path.Combine(_directory, "registry.log");

    public static async Task<LocalRegistry> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new PyImagesException($"{Executable} is missing: install Debian's docker-registry package (apt-get install docker-registry; .ci/run does).");
        }

        var directory = Directory.CreateTempSubdirectory("pyimages-registry-").FullName;
        var port = FreePort();
        var config = Path.Combine(directory, "config.yml");
        await File.WriteAllTextAsync(config, $"""
            version: 0.1
            log:
              level: info
            storage:
              filesystem:
                rootdirectory: {Path.Combine(directory, "storage")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
            """);
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(Executable, ["serve", config]) { RedirectStandardOutput = true, RedirectStandardError = true },
        };
        var log = new StreamWriter(Path.Combine(directory, "registry.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var registry = new LocalRegistry(process, directory, port);
        await registry.WaitUntilAnsweringAsync();
        return registry;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The system cleans its temp folder.
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                if ((await http.GetAsync($"http://{Host}/v2/")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new PyImagesException($"docker-registry on {Host} did not answer /v2/ within 10 s; see {LogPath}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
