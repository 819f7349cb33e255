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
        IntegrationGuard.Require(fixture);

        var sources = await fixture.UwsgiSourcesAsync();

        Assert.Equal("uwsgi-2.0.21.tar.gz", Path.GetFileName(Assert.Single(sources.Files)));
        Assert.Equal(SourceOrigins.DebianSourceArchive, sources.Origins["uwsgi"]);
        var engineThatMustNotBeUsed = new FakeEngine(EngineKind.Docker, () => null);
        var again = await SourceFetcher.FetchAsync(engineThatMustNotBeUsed, fixture.BaseImage, ["uwsgi"], ["uwsgi"], sources.Directory, null, CancellationToken.None);
        Assert.Equal(sources.Files, again.Files);
    }
}
