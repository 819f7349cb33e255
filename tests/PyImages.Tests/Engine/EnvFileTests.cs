using PyImages.Engine;

namespace PyImages.Tests.Engine;

public class EnvFileTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Only_the_owner_can_read_it_and_it_is_gone_after_use()
    {
        string path;
        using (var file = EnvFile.Write(new Dictionary<string, string> { ["PIP_INDEX_URL"] = "https://u:secret@example.invalid/simple" }))
        {
            path = file.Path;
            Assert.Equal("PIP_INDEX_URL=https://u:secret@example.invalid/simple\n", File.ReadAllText(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_value_with_a_line_break_is_refused_without_echoing_the_value()
    {
        var error = Assert.Throws<PyImagesException>(() => EnvFile.Write(new Dictionary<string, string> { ["TOKEN"] = "abc\nINJECTED=1" }));

        Assert.Contains("TOKEN", error.Message);
        Assert.DoesNotContain("abc", error.Message);
    }
}
