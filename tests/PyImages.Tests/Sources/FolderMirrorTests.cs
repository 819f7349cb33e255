using PyImages.Sources;

namespace PyImages.Tests.Sources;

public sealed class FolderMirrorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pyimages-mirror-").FullName;

    [Fact]
    public void A_link_no_longer_wanted_is_removed_itself_and_what_it_points_to_is_kept()
    {
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "mine");
        var mirror = Path.Combine(_root, "mirror");
        FolderMirror.Apply(mirror, [new("lib", Link: outside), new("file-link", Link: Path.Combine(outside, "keep.txt"))]);

        FolderMirror.Apply(mirror, [new("lib")]);

        Assert.Null(new DirectoryInfo(Path.Combine(mirror, "lib")).LinkTarget);
        Assert.Equal(["lib"], Directory.GetFileSystemEntries(mirror).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outside, "keep.txt")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
