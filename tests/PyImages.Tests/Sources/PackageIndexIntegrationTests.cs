using PyImages.Sources;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Sources;

/// <summary>The fetch through a package index with credentials (nginx with basic auth on 127.0.0.1), as users with a private index run it.</summary>
[Collection(EngineCollection.Name)]
[Trait("Category", "Integration")]
public class PackageIndexIntegrationTests(EngineFixture fixture)
{
    [SkippableFact]
    public async Task Fetches_through_the_index_with_credentials_says_so_masked_and_leaves_files_of_the_invoking_user()
    {
        IntegrationGuard.Require(fixture.Failure);
        using var index = await StartIndexAsync();
        var directory = Path.Combine(fixture.WorkDirectory, $"sources-index-{Guid.NewGuid():N}");

        var sources = await SourceFetcher.FetchAsync(fixture.Engine, fixture.BaseImage, ["uwsgi"], ["uwsgi"], directory, index.Url(), CancellationToken.None);

        Assert.Equal("uwsgi-2.0.21.tar.gz", Path.GetFileName(Assert.Single(sources.Files)));
        Assert.Equal(SourceOrigins.PackageIndex, sources.Origins["uwsgi"]);
        Assert.Contains(sources.Notes, note => note.Contains($"from the package index {index.MaskedUrl}", StringComparison.Ordinal));
        // This index serves uWSGI only, as a private index may: the fetch says the build tools come from the base.
        Assert.Contains(sources.Notes, note => note.Contains("build tools (setuptools, wheel) were not fetched", StringComparison.Ordinal));
        Assert.Contains("\"GET /simple/uwsgi/uwsgi-2.0.21.tar.gz HTTP/1.1\" 200", index.AccessLog);
        Assert.All(Directory.GetFiles(directory), file => Assert.DoesNotContain(index.Token, File.ReadAllText(file)));
        Assert.Empty(FileOwnership.NotOwnedByMe(directory));
        Directory.Delete(directory, recursive: true);
    }

    [SkippableFact]
    public async Task A_wrong_token_fails_the_fetch_naming_the_index_masked_and_the_http_status()
    {
        IntegrationGuard.Require(fixture.Failure);
        using var index = await StartIndexAsync();
        const string wrongToken = "wrong-t0ken-value";
        var directory = Path.Combine(fixture.WorkDirectory, $"sources-index-{Guid.NewGuid():N}");

        var error = await Assert.ThrowsAsync<PyImagesException>(() =>
            SourceFetcher.FetchAsync(fixture.Engine, fixture.BaseImage, ["uwsgi"], ["uwsgi"], directory, index.Url(wrongToken), CancellationToken.None));

        Assert.Contains(index.MaskedUrl, error.Message);
        Assert.Contains("HTTP 401", error.Message);
        Assert.DoesNotContain(wrongToken, error.Message);
        Assert.DoesNotContain(LocalPackageIndex.User, error.Message);
        Assert.False(File.Exists(Path.Combine(directory, SourcesManifest.FileName)), "a refused index must not fall back to Debian's archive");
    }

    private async Task<LocalPackageIndex> StartIndexAsync()
    {
        var uwsgi = Assert.Single((await fixture.UwsgiSourcesAsync()).Files);
        return await LocalPackageIndex.StartAsync(("uwsgi", uwsgi));
    }
}
