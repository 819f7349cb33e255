using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace PyImages.Tests.Pipeline;

/// <summary>A pure-Python sdist made on the spot: a package that needs no compiler, for Break's negative case.</summary>
internal static class PureSdist
{
    public const string Name = "pyimages-pure-probe";

    public static string Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{Name}-1.0.tar.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        Add(tar, $"{Name}-1.0/setup.py", $"from setuptools import setup\nsetup(name='{Name}', version='1.0', py_modules=['pyimages_pure_probe'])\n");
        Add(tar, $"{Name}-1.0/pyimages_pure_probe.py", "VALUE = 1\n");
        Add(tar, $"{Name}-1.0/PKG-INFO", $"Metadata-Version: 2.1\nName: {Name}\nVersion: 1.0\n");
        return path;
    }

    private static void Add(TarWriter tar, string name, string content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        tar.WriteEntry(entry);
    }
}
