using System.Diagnostics;

namespace Build.Tests.Faults;

/// <summary>
/// A dockerd of the tests' own (own socket, data and exec roots, own bridge, no iptables rules), for the tests that
/// kill the engine or remove every labelled image: the shared engine that other work uses is never touched.
/// Containers on it have no way out, so only builds that need no network (BuildBreak, the fetch's reuse) run on it.
/// Starting a dockerd takes root: a user who is not root (a GitHub runner's) goes through password-less sudo.
/// With hidden paths it runs in a mount namespace of its own where an empty tmpfs lies over each of them: an engine
/// that does not share this machine's files, as a remote one (DOCKER_HOST, a CI service) does not.
/// </summary>
/// <param name="name">Names its folder (per user, so users never share one) and, with <paramref name="subnet"/>, its bridge.</param>
public sealed class SecondEngine(string name = "faults", int subnet = 7, IReadOnlyList<string>? hiddenPaths = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"pyimages-{name}-engine-{System.Environment.UserName}");

    public Docker Docker => new($"unix://{Socket}");

    private string Bridge => $"py{name}0";

    private string Socket => Path.Combine(_root, "docker.sock");

    private string PidFile => Path.Combine(_root, "docker.pid");

    private string Log => Path.Combine(_root, "dockerd.log");

    /// <summary>
    /// Starts the daemon (or takes the one a previous run left answering, unless it must hide paths: those may be
    /// another run's); null when it answers, else why not.
    /// </summary>
    public async Task<string?> StartAsync()
    {
        if (Answers())
        {
            if (hiddenPaths is not { Count: > 0 })
                return null;
            await StopAsync();
        }

        Directory.CreateDirectory(_root);
        KillOrphanedShims();
        // A bridge of its own: with --bridge none, dockerd deletes docker0, the shared engine's bridge, at startup.
        var bridge = $"ip link show {Bridge} >/dev/null 2>&1 || {{ ip link add {Bridge} type bridge && ip addr add 10.199.{subnet}.1/24 dev {Bridge} && ip link set {Bridge} up; }}";
        if (AsRoot(bridge) != 0)
            return $"the bridge {Bridge} of a second dockerd could not be made (this needs root or password-less sudo)";
        string[] daemon = ["dockerd", "--host", $"unix://{Socket}", "--data-root", $"{_root}/data", "--exec-root", $"{_root}/exec",
            "--pidfile", PidFile, "--bridge", Bridge, "--iptables=false", "--ip-masq=false"];
        var hide = string.Concat((hiddenPaths ?? []).Select(path => $"mount -t tmpfs -o size=1m,mode=0755 pyimages-hidden {Quote(path)} && "));
        var run = $"{hide}exec {string.Join(' ', daemon.Select(Quote))} >>{Quote(Log)} 2>&1 </dev/null";
        var start = hiddenPaths is { Count: > 0 }
            ? $"setsid -f unshare --mount --propagation private sh -c {Quote(run)}"
            : $"setsid -f sh -c {Quote(run)}";
        if (AsRoot(start) != 0)
            return $"a second dockerd could not be started (this needs root or password-less sudo); see {Log}";
        var stopwatch = Stopwatch.StartNew();
        while (!Answers())
        {
            if (stopwatch.Elapsed > StartTimeout)
                return $"a second dockerd did not answer on {Socket} within {StartTimeout.TotalSeconds:0} s; see {Log}";
            await Task.Delay(500);
        }

        return null;
    }

    /// <summary>Copies an image of the shared engine into this one (the base, so nothing is pulled or bootstrapped).</summary>
    public void Load(string reference)
    {
        if (!Docker.ImageExists(reference))
            Assert.Equal(0, Shell("/bin/sh", ["-c", $"docker save {reference} | DOCKER_HOST={Docker.Host} docker load"]));
    }

    /// <summary>The engine dies as in a crash: SIGKILL, no chance to clean up.</summary>
    public void Kill()
    {
        Signal("KILL");

        // Its pid files stay behind and may name unreaped processes, which would stop the restart: a crash leaves them too.
        AsRoot($"rm -f {Quote(PidFile)} {Quote(Path.Combine(_root, "exec", "containerd", "containerd.pid"))}");
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
            AsRoot($"kill -KILL {id}");
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
            AsRoot($"kill -{signal} {File.ReadAllText(PidFile).Trim()}");
        for (var waited = 0; waited < 60 && Answers(); waited++)
            Thread.Sleep(500);
    }

    /// <summary>Runs a shell script as root: as is for root, else through <c>sudo -n</c> (never asks for a password).</summary>
    private static int AsRoot(string script) =>
        Environment.IsPrivilegedProcess ? Shell("/bin/sh", ["-c", script]) : Shell("sudo", ["-n", "/bin/sh", "-c", script]);

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    private static int Shell(string executable, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments))!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
