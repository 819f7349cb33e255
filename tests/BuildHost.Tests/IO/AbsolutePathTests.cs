using BuildHost.IO;

namespace BuildHost.Tests.IO;

public sealed class AbsolutePathTests
{
    private readonly AbsolutePath _root = AbsolutePath.Create(Directory.CreateTempSubdirectory("buildhost-tests-").FullName);

    [Fact]
    public void Combines_with_slash_and_knows_its_name_and_parent()
    {
        var file = _root / "a/b" / "c.txt";

        Assert.Equal(Path.Combine(_root, "a", "b", "c.txt"), (string)file);
        Assert.Equal("c.txt", file.Name);
        Assert.Equal(_root / "a" / "b", file.Parent);
        Assert.Throws<ArgumentException>(() => AbsolutePath.Create("relative/path"));
    }

    [Fact]
    public void Writes_reads_and_cleans()
    {
        var file = (_root / "dir" / "f.txt").WriteAllText("hello");

        Assert.True(file.FileExists());
        Assert.Equal("hello", file.ReadAllText());
        (_root / "dir").CreateOrCleanDirectory();
        Assert.False(file.FileExists());
        Assert.True((_root / "dir").DirectoryExists());
        (_root / "dir").DeleteDirectory();
        Assert.False((_root / "dir").DirectoryExists());
    }

    [Fact]
    public void Globs_files_and_directories()
    {
        (_root / "src/A/bin/x.dll").WriteAllText("");
        (_root / "src/A/obj/y.json").WriteAllText("");
        (_root / "src/B/Program.cs").WriteAllText("");

        Assert.Equal([_root / "src/B/Program.cs"], _root.GlobFiles("**/*.cs"));
        Assert.Equal([_root / "src/A/bin", _root / "src/A/obj"], _root.GlobDirectories("src/*/bin", "src/*/obj"));
        Assert.Empty((_root / "missing").GlobFiles("*"));
    }
}
