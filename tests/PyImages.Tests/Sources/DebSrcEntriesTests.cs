using PyImages.Sources;

namespace PyImages.Tests.Sources;

public class DebSrcEntriesTests
{
    [Fact]
    public void One_line_deb_entries_become_deb_src_with_the_same_options()
    {
        var (list, sources) = DebSrcEntries.From([
            "# comment\ndeb http://mirror.example/debian bookworm main\ndeb [signed-by=/k.gpg] http://mirror.example/debian-security bookworm-security main\ndeb-src http://x/ y z\n"]);

        Assert.Equal("deb-src http://mirror.example/debian bookworm main\ndeb-src [signed-by=/k.gpg] http://mirror.example/debian-security bookworm-security main\n", list);
        Assert.Equal("", sources);
    }

    [Fact]
    public void Deb822_stanzas_with_binary_types_are_repeated_as_deb_src()
    {
        var debianSources = "Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n"
            + "Types: deb deb-src\nURIs: http://already.example\nSuites: x\nComponents: main\n\n"
            + "Types: deb\nURIs: http://off.example\nSuites: x\nComponents: main\nEnabled: no\n";

        var (list, sources) = DebSrcEntries.From([debianSources]);

        Assert.Equal("", list);
        Assert.Equal("Types: deb-src\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n", sources);
    }
}
