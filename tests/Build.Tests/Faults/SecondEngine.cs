using System.Diagnostics;

namespace Build.Tests.Faults;

/// <summary>
/// A dockerd of the tests' own (own socket, data and exec roots, own bridge, no iptables rules), for the tests that
/// kill the engine or remove every labelled image: the shared engine that other work uses is never touched.
/// Containers on it have no way out, so only builds that need no network (BuildBreak, the fetch's reuse) run on it.
/// </summary>
public sealed class SecondEngine
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pyimages-faults-engine");

    public Docker Docker => new($"unix://{Socket}");

    private const string Bridge = "pyfaults0";

    private string Socket => Path.Combine(_root, "docker.sock");

    private string PidFile => Path.Combine(_root, "docker.pid");

    /// <summary>Starts the daemon (or takes the one a previous run left answering); null when it answers, else why not.</summary>
    public async Task<string?> StartAsync()
    {
        if (Answers())
            return null;
        Directory.CreateDirectory(_root);
        KillOrphanedShims();
        // A bridge of its own: with --bridge none, dockerd deletes docker0, the shared engine's bridge, at startup.
        Assert.Equal(0, Shell($"ip link show {Bridge} >/dev/null 2>&1 || {{ ip link add {Bridge} type bridge && ip addr add 10.199.7.1/24 dev {Bridge} && ip link set {Bridge} up; }}"));
        var arguments = $"--host unix://{Socket} --data-root {_root}/data --exec-root {_root}/exec --pidfile {PidFile} "
            + $"--bridge {Bridge} --iptables=false --ip-masq=false";
        Shell($"setsid -f dockerd {arguments} >>{_root}/dockerd.log 2>&1 </dev/null");
        var stopwatch = Stopwatch.StartNew();
        while (!Answers())
        {
            if (stopwatch.Elapsed > StartTimeout)
                return $"a second dockerd did not answer on {Socket} within {StartTimeout.TotalSeconds:0} s; see {_root}/dockerd.log";
            await Task.Delay(500);
        }

        return null;
    }

    /// <summary>Copies an image of the shared engine into this one (the base, so nothing is pulled or bootstrapped).</summary>
    public void Load(string reference)
    {
        if (!Docker.ImageExists(reference))
            Assert.Equal(0, Shell($"docker save {reference} | DOCKER_HOST={Docker.Host} docker load"));
    }

    /// <summary>The engine dies as in a crash: SIGKILL, no chance to clean up.</summary>
    public void Kill()
    {
        Signal("KILL");

        // Its pid files stay behind and may name unreaped processes, which would stop the restart: a crash leaves them too.
        File.Delete(PidFile);
        File.Delete(Path.Combine(_root, "exec", "containerd", "containerd.pid"));
    }

    public async Task StopAsync()
    {
        Signal("TERM");
        for (var waited = 0; waited < 60 && File.Exists(PidFile); waited++)
            await Task.Delay(500);
        KillOrphanedShims();
    }

    /// <summary>
    /// A killed daemon leaves the shim of the container it was creating, with its <c>runc init</c>, waiting forever.
    /// They are found by this daemon's own exec root in their command line, and ended by process id.
    /// </summary>
    private void KillOrphanedShims()
    {
        var shims = Processes().Where(p => p.CommandLine.Contains("containerd-shim", StringComparison.Ordinal)
            && p.CommandLine.Contains(Path.Combine(_root, "exec"), StringComparison.Ordinal)).Select(p => p.Id).ToList();
        var children = Processes().Where(p => shims.Contains(p.ParentId)).Select(p => p.Id);
        foreach (var id in children.Concat(shims))
            Shell($"kill -KILL {id}");
    }

    private static IEnumerable<(int Id, int ParentId, string CommandLine)> Processes()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id))
                continue;
            string commandLine, status;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                status = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            // stat: "pid (name) state ppid ...": the name may hold spaces, so fields are read after its closing parenthesis.
            var parentId = int.Parse(status[(status.LastIndexOf(')') + 2)..].Split(' ')[1]);
            yield return (id, parentId, commandLine);
        }
    }

    private bool Answers() => Docker.Try("version", "--format", "{{.Server.Version}}").ExitCode == 0;

    private void Signal(string signal)
    {
        if (File.Exists(PidFile))
            Shell($"kill -{signal} {File.ReadAllText(PidFile).Trim()}");
        for (var waited = 0; waited < 60 && Answers(); waited++)
            Thread.Sleep(500);
    }

    private static int Shell(string script)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]))!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
