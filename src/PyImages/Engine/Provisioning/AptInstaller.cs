using PyImages.Engine.Cli;

namespace PyImages.Engine.Provisioning;

/// <summary>Installs Debian packages on the host with apt-get (non-interactive), refreshing the package lists only when the first try fails.</summary>
public sealed class AptInstaller(IProcessRunner runner, IHostFacts host)
{
    private static readonly IReadOnlyDictionary<string, string?> NonInteractive =
        new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };

    /// <summary>True on a Debian or Ubuntu host where we are root (or have password-less sudo): the only hosts PyImages installs things on.</summary>
    public bool CanInstall => Privileged.Possible(host) && host.ReadOsRelease() is { } text && OsRelease.Parse(text).Family == Spec.BaseFamily.Debian;

    /// <summary>Installs <paramref name="package"/>, logging apt's output to <paramref name="logPath"/>; throws with apt's error when it cannot.</summary>
    public async Task InstallAsync(string package, string logPath, CancellationToken cancellationToken)
    {
        using var log = new LogFileWriter(logPath, append: true);
        var install = await RunAsync(["install", "-y", package], log, cancellationToken);
        if (!install.Succeeded)
        {
            await RunAsync(["update"], log, cancellationToken);
            install = await RunAsync(["install", "-y", package], log, cancellationToken);
        }

        if (!install.Succeeded)
        {
            throw new PyImagesException($"'apt-get install -y {package}' failed (exit code {install.ExitCode}); see {log.Path}. Install {package} by hand and run again.");
        }
    }

    private Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments, LogFileWriter log, CancellationToken cancellationToken)
    {
        log.WriteLine($"$ apt-get {string.Join(' ', arguments)}");
        return runner.RunAsync(Privileged.Spec(host, new ProcessSpec("apt-get", arguments, NonInteractive, log.WriteLine)), cancellationToken);
    }
}
