using System.Diagnostics;
using PyImages.Engine;
using PyImages.Engine.BaseImages;

namespace PyImages.Tests.Engine.BaseImages;

public sealed class DebootstrapSlimScriptTests : IDisposable
{
    private readonly string _rootfs = Directory.CreateTempSubdirectory("pyimages-rootfs-").FullName;

    [Fact]
    public void Slimming_removes_docs_manuals_translations_and_apt_downloads_but_keeps_copyrights()
    {
        Touch("usr/share/doc/python3/changelog.gz");
        Touch("usr/share/doc/python3/copyright");
        Touch("usr/share/man/man1/python3.1.gz");
        Touch("usr/share/locale/de/LC_MESSAGES/apt.mo");
        Touch("usr/share/locale/locale.alias");
        Touch("var/cache/apt/archives/python3_3.11.deb");
        Touch("var/lib/apt/lists/deb_InRelease");
        Touch("usr/lib/python3.11/os.py");

        RunSlimScript();

        Assert.True(Exists("usr/share/doc/python3/copyright"));
        Assert.True(Exists("usr/share/locale/locale.alias"));
        Assert.True(Exists("usr/lib/python3.11/os.py"));
        Assert.False(Exists("usr/share/doc/python3/changelog.gz"));
        Assert.False(Exists("usr/share/man/man1/python3.1.gz"));
        Assert.False(Exists("usr/share/locale/de"));
        Assert.False(Exists("var/cache/apt/archives/python3_3.11.deb"));
        Assert.False(Exists("var/lib/apt/lists/deb_InRelease"));
    }

    [Fact]
    public void Later_package_installs_stay_slim_through_dpkg_path_excludes()
    {
        Touch("usr/share/doc/python3/copyright");

        RunSlimScript();

        var config = File.ReadAllText(Path.Combine(_rootfs, "etc/dpkg/dpkg.cfg.d/pyimages-slim"));
        Assert.Contains("path-exclude /usr/share/doc/*", config);
        Assert.Contains("path-include /usr/share/doc/*/copyright", config);
    }

    private void RunSlimScript()
    {
        var start = new ProcessStartInfo("sh") { ArgumentList = { "-c", DebootstrapImageBuilder.SlimScript, "slim", _rootfs } };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private void Touch(string relative)
    {
        var path = Path.Combine(_rootfs, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
    }

    private bool Exists(string relative) => Path.Exists(Path.Combine(_rootfs, relative));

    public void Dispose() => Directory.Delete(_rootfs, recursive: true);
}
