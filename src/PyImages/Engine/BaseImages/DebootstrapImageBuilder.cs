using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;
using Serilog;

namespace PyImages.Engine.BaseImages;

/// <summary>Builds a Debian root file system (by default with python3 and pip) with debootstrap on the host and imports it as an image.</summary>
public sealed class DebootstrapImageBuilder(IProcessRunner runner, IHostFacts host, ILogger log)
{
    public const string Suite = "bookworm";

    /// <summary>The packages the stand-in Python base adds to minbase.</summary>
    public static readonly IReadOnlyList<string> PythonPackages = ["python3-minimal", "python3-pip"];

    /// <summary>Image config for the import: pip may install into the system Python (PEP 668), python3 is the default command.</summary>
    public static readonly IReadOnlyList<string> ImportChanges = ["ENV PIP_BREAK_SYSTEM_PACKAGES=1", "CMD [\"python3\"]"];

    /// <param name="include">Packages added to minbase (default <see cref="PythonPackages"/>; empty for minbase alone).</param>
    /// <param name="changes">Image config of the import (default <see cref="ImportChanges"/>).</param>
    public async Task BuildAsync(
        IContainerEngine engine, string tag, string workDirectory, CancellationToken cancellationToken,
        IReadOnlyList<string>? include = null, IReadOnlyList<string>? changes = null)
    {
        include ??= PythonPackages;
        var apt = new AptInstaller(runner, host);
        if (!Privileged.Possible(host))
        {
            throw new PyImagesException($"Bootstrapping the base image {tag} needs root (debootstrap); run as root (or with password-less sudo), or provide a base image with --base-image.");
        }

        var logPath = Path.Combine(workDirectory, "debootstrap.log");
        if (!host.IsOnPath("debootstrap"))
        {
            await apt.InstallAsync("debootstrap", logPath, cancellationToken);
        }

        // Ubuntu's debootstrap needs Debian's keys to check a Debian suite.
        if (!File.Exists("/usr/share/keyrings/debian-archive-keyring.gpg"))
        {
            await apt.InstallAsync("debian-archive-keyring", logPath, cancellationToken);
        }

        var rootfs = Path.GetFullPath(Path.Combine(workDirectory, $"rootfs-{Guid.NewGuid():N}"));
        var tarPath = rootfs + ".tar";
        log.Information("Bootstrapping {Tag} with debootstrap ({Suite}, minbase{Include}); log: {Log}",
            tag, Suite, string.Concat(include.Select(p => ", " + p)), logPath);
        try
        {
            using (var output = new LogFileWriter(logPath, append: true))
            {
                await RunAsync("debootstrap", ["--variant=minbase", .. include.Count > 0 ? [$"--include={string.Join(',', include)}"] : Array.Empty<string>(), Suite, rootfs], output, cancellationToken);
                await RunAsync("sh", ["-c", SlimScript, "slim", rootfs], output, cancellationToken);
                await RunAsync("tar", ["-C", rootfs, "-cf", tarPath, "."], output, cancellationToken);
            }

            await engine.ImportAsync(tarPath, tag, changes ?? ImportChanges, cancellationToken);
        }
        finally
        {
            await runner.RunAsync(Privileged.Spec(host, new ProcessSpec("rm", ["-rf", rootfs, tarPath])), CancellationToken.None);
        }
    }

    /// <summary>
    /// Makes the root file system as lean as Debian's "slim" images: no downloaded .deb files, apt lists,
    /// docs, man pages or translations, and a dpkg config that keeps later installs (the compiler in the
    /// build stages) from bringing them back. $1 is the root file system.
    /// </summary>
    internal const string SlimScript = """
        set -eu
        rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/cache/apt/*.bin "$1"/var/lib/apt/lists/*
        mkdir -p "$1"/usr/share/doc "$1"/usr/share/locale
        find "$1"/usr/share/doc -mindepth 1 ! -type d ! -name copyright -delete
        find "$1"/usr/share/doc -mindepth 1 -type d -empty -delete
        rm -rf "$1"/usr/share/man/* "$1"/usr/share/info/*
        find "$1"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
        mkdir -p "$1"/etc/dpkg/dpkg.cfg.d
        printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
          'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' \
          'path-exclude /usr/share/locale/*' 'path-include /usr/share/locale/locale.alias' \
          > "$1"/etc/dpkg/dpkg.cfg.d/pyimages-slim
        """;

    private async Task RunAsync(string executable, IReadOnlyList<string> arguments, LogFileWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"$ {executable} {string.Join(' ', arguments)}");
        var result = await runner.RunAsync(Privileged.Spec(host, new ProcessSpec(executable, arguments, OnOutputLine: output.WriteLine)), cancellationToken);
        if (!result.Succeeded)
        {
            throw new PyImagesException($"Bootstrapping the base image failed at '{executable}' (exit code {result.ExitCode}); see {output.Path}.");
        }
    }
}
