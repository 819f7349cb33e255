using PyImages.Engine;
using PyImages.Spec;

namespace PyImages.Tests.Engine;

public class OsReleaseTests
{
    [Theory]
    [InlineData("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nID=debian\n", BaseFamily.Debian, "Debian GNU/Linux 12 (bookworm)")]
    [InlineData("NAME=\"Ubuntu\"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME=\"Ubuntu 24.04 LTS\"\n", BaseFamily.Debian, "Ubuntu 24.04 LTS")]
    [InlineData("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\nPRETTY_NAME='Linux Mint 21'\n", BaseFamily.Debian, "Linux Mint 21")]
    [InlineData("NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.0\nPRETTY_NAME=\"Alpine Linux v3.20\"\n", BaseFamily.Alpine, "Alpine Linux v3.20")]
    public void Reads_the_family_and_pretty_name(string text, BaseFamily family, string prettyName)
    {
        var os = OsRelease.Parse(text);

        Assert.Equal(family, os.Family);
        Assert.Equal(prettyName, os.PrettyName);
    }

    [Fact]
    public void Unknown_distributions_have_no_family()
    {
        Assert.Null(OsRelease.Parse("ID=fedora\nID_LIKE=\"rhel centos\"\nPRETTY_NAME=\"Fedora Linux 40\"").Family);
        Assert.Null(OsRelease.Parse("").Family);
    }
}
