using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace PyImages.Tests.Sources;

/// <summary>
/// A PEP 503 "simple" package index on 127.0.0.1 behind HTTP basic auth: Debian's nginx serving static pages that
/// link the given sdists (with their sha256). Only the token's SHA-1 is written down (htpasswd's {SHA} form), so no
/// file of the index holds the token. Shared by the library's and the build's tests (linked into both).
/// </summary>
public sealed class LocalPackageIndex : IDisposable
{
    public const string User = "pyimages";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _root;
    private readonly Process _nginx;

    private LocalPackageIndex(string root, int port, string token, Process nginx)
    {
        _root = root;
        Port = port;
        Token = token;
        _nginx = nginx;
    }

    /// <summary>A fresh random token per index: a test can look for it anywhere without false hits.</summary>
    public string Token { get; }

    public int Port { get; }

    /// <summary>The index URL with the given token (the right one by default), as a user passes it to --index-url.</summary>
    public string Url(string? token = null) => $"http://{User}:{token ?? Token}@127.0.0.1:{Port}/simple/";

    /// <summary>The URL as the tool must show it.</summary>
    public string MaskedUrl => $"http://{SecretMasker.Mask}@127.0.0.1:{Port}/simple/";

    /// <summary>Every request nginx served, one line each (status and path), for asserting that pip really asked it.</summary>
    public string AccessLog => File.Exists(Path.Combine(_root, "access.log")) ? File.ReadAllText(Path.Combine(_root, "access.log")) : "";

    /// <param name="sdists">Project name and sdist file, e.g. ("uwsgi", ".../uwsgi-2.0.21.tar.gz").</param>
    public static async Task<LocalPackageIndex> StartAsync(params (string Project, string File)[] sdists)
    {
        var root = Directory.CreateTempSubdirectory("pyimages-index-").FullName;
        var token = $"tok{Guid.NewGuid():N}";
        var port = FreePort();
        Process nginx;
        try
        {
            // nginx's workers run as an unprivileged user when it is started as root: they must read the pages.
            ReadableByAll(root);
            WritePages(root, sdists);
            File.WriteAllText(Path.Combine(root, "htpasswd"), $"{User}:{{SHA}}{Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(token)))}\n");
            ReadableByAll(Path.Combine(root, "htpasswd"));
            File.WriteAllText(Path.Combine(root, "nginx.conf"), Config(root, port));
            nginx = Process.Start(new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-e", Path.Combine(root, "error.log"), "-c", Path.Combine(root, "nginx.conf")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Directory.Delete(root, recursive: true);
            throw new InvalidOperationException($"These tests need Debian's nginx for a local package index (apt-get install nginx; .ci/run installs it): {e.Message}");
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }

        var index = new LocalPackageIndex(root, port, token, nginx);
        try
        {
            await index.WaitUntilAnsweringAsync();
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        // SIGTERM: the master stops its workers and exits (a SIGKILL would leave the workers running, holding the port).
        if (!_nginx.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _nginx.Id.ToString()]))
                term.WaitForExit();
            if (!_nginx.WaitForExit(TimeSpan.FromSeconds(10)))
                _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit();
        }

        _nginx.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private static void WritePages(string root, (string Project, string File)[] sdists)
    {
        var simple = Directory.CreateDirectory(Path.Combine(root, "simple")).FullName;
        var projects = sdists.GroupBy(s => s.Project).ToList();
        File.WriteAllText(Path.Combine(simple, "index.html"), Page(projects.Select(p => (p.Key + "/", p.Key))));
        foreach (var project in projects)
        {
            var folder = Directory.CreateDirectory(Path.Combine(simple, project.Key)).FullName;
            var links = project.Select(s =>
            {
                var name = Path.GetFileName(s.File);
                File.Copy(s.File, Path.Combine(folder, name));
                return ($"{name}#sha256={Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(s.File)))}", name);
            });
            File.WriteAllText(Path.Combine(folder, "index.html"), Page(links));
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(simple, "*", SearchOption.AllDirectories).Append(simple))
            ReadableByAll(path);
    }

    private static void ReadableByAll(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, Directory.Exists(path) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
    }

    private static string Page(IEnumerable<(string Href, string Text)> links) =>
        "<!DOCTYPE html>\n<html><body>\n" + string.Concat(links.Select(l => $"<a href=\"{l.Href}\">{l.Text}</a>\n")) + "</body></html>\n";

    private static string Config(string root, int port) => $$"""
        daemon off;
        master_process on;
        worker_processes 1;
        pid {{root}}/nginx.pid;
        error_log {{root}}/error.log;
        events { worker_connections 64; }
        http {
          access_log {{root}}/access.log;
          client_body_temp_path {{root}}/tmp-body;
          proxy_temp_path {{root}}/tmp-proxy;
          fastcgi_temp_path {{root}}/tmp-fastcgi;
          uwsgi_temp_path {{root}}/tmp-uwsgi;
          scgi_temp_path {{root}}/tmp-scgi;
          types { text/html html; application/gzip gz; }
          server {
            listen 127.0.0.1:{{port}};
            root {{root}};
            index index.html;
            location /simple/ {
              auth_basic "PyImages test index";
              auth_basic_user_file {{root}}/htpasswd;
            }
          }
        }
        """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Token}")));
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (_nginx.HasExited)
                throw new InvalidOperationException($"nginx ended at once (exit code {_nginx.ExitCode}): {_nginx.StandardError.ReadToEnd()}{ErrorLog()}");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{Port}/simple/")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (stopwatch.Elapsed > StartTimeout)
                throw new InvalidOperationException($"nginx did not answer on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds:0} s: {ErrorLog()}");
            await Task.Delay(100);
        }
    }

    private string ErrorLog() => File.Exists(Path.Combine(_root, "error.log")) ? File.ReadAllText(Path.Combine(_root, "error.log")) : "";
}
