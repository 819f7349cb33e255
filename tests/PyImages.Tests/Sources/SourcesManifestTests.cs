using PyImages.Sources;

namespace PyImages.Tests.Sources;

public class SourcesManifestTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pyimages-manifest-").FullName;

    [Fact]
    public void Reuses_the_fetch_for_the_same_requirements_in_any_order_while_files_exist()
    {
        var sdist = Path.Combine(_directory, "uwsgi-2.0.21.tar.gz");
        File.WriteAllText(sdist, "x");
        var fetched = new FetchedSources(_directory, [sdist], new Dictionary<string, string> { ["uwsgi"] = SourceOrigins.DebianSourceArchive }, ["note"]);
        SourcesManifest.Write(fetched, ["uwsgi", "flask"]);

        var reused = SourcesManifest.TryReuse(_directory, ["flask", "uwsgi"]);

        Assert.Equal([sdist], reused?.Files);
        Assert.Equal(SourceOrigins.DebianSourceArchive, reused?.Origins["uwsgi"]);
        Assert.Null(SourcesManifest.TryReuse(_directory, ["uwsgi"]));
        File.Delete(sdist);
        Assert.Null(SourcesManifest.TryReuse(_directory, ["uwsgi", "flask"]));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    [Fact]
    public void A_damaged_manifest_means_fetch_again()
    {
        File.WriteAllText(Path.Combine(_directory, SourcesManifest.FileName), "{ not json");

        Assert.Null(SourcesManifest.TryReuse(_directory, ["uwsgi"]));
    }
}
