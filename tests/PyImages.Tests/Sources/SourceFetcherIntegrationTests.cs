using PyImages.Engine;
using PyImages.Sources;
using PyImages.Tests.Engine;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Sources;

[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public class SourceFetcherIntegrationTests(EngineFixture fixture)
{
    [SkippableFact]
    public async Task Fetches_uwsgi_once_from_the_debian_source_archive_when_there_is_no_index()
    {
        IntegrationGuard.Require(fixture.Failure);

        var sources = await fixture.UwsgiSourcesAsync();

        Assert.Equal("uwsgi-2.0.21.tar.gz", Path.GetFileName(Assert.Single(sources.Files)));
        Assert.Equal(SourceOrigins.DebianSourceArchive, sources.Origins["uwsgi"]);
        var engineThatMustNotBeUsed = new FakeEngine(EngineKind.Docker, probe: () => null);
        var again = await SourceFetcher.FetchAsync(engineThatMustNotBeUsed, fixture.BaseImage, ["uwsgi"], ["uwsgi"], sources.Directory, null, CancellationToken.None);
        Assert.Equal(sources.Files, again.Files);
    }

    [SkippableFact]
    public async Task What_the_debian_archive_fetch_brings_back_belongs_to_the_invoking_user_and_can_be_deleted()
    {
        IntegrationGuard.Require(fixture.Failure);
        var directory = Path.Combine(fixture.WorkDirectory, $"sources-debian-{Guid.NewGuid():N}");

        var sources = await SourceFetcher.FetchAsync(fixture.Engine, fixture.BaseImage, ["uwsgi"], ["uwsgi"], directory, null, CancellationToken.None);

        Assert.Equal(SourceOrigins.DebianSourceArchive, sources.Origins["uwsgi"]);
        Assert.Equal(["pyimages-sources.json", "uwsgi-2.0.21.tar.gz"], Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).Order());
        Assert.Empty(FileOwnership.NotOwnedByMe(directory));
        Directory.Delete(directory, recursive: true);
    }
}
