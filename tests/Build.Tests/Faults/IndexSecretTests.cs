using System.Text;
using PyImages.Tests.Sources;

namespace Build.Tests.Faults;

/// <summary>
/// The user's own path with a private index: <c>./build.sh</c> fetches uWSGI through a package index with basic auth
/// (nginx on 127.0.0.1), builds Small and Minimal from it, and its token is nowhere a user, a file or an image keeps.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class IndexSecretTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("index-secret");

    private readonly Sandbox _sandbox = new();
    private readonly Docker _docker = new();

    [SkippableFact]
    public async Task Sources_come_from_the_index_with_credentials_and_its_token_is_in_no_output_file_label_history_or_layer()
    {
        FaultsFixture.RequireEngine();
        var sdist = Path.Combine(await fixture.SourcesAsync(), "uwsgi-2.0.21.tar.gz");
        using var index = await LocalPackageIndex.StartAsync(("uwsgi", sdist));
        // The run's temp folder is one of the sandbox's: everything it writes there is watched.
        var temp = Directory.CreateDirectory(_sandbox.PathOf("tmp")).FullName;
        var leftover = Path.Combine(temp, $"pyimages-env-{Guid.NewGuid():N}");
        File.WriteAllText(leftover, "PIP_INDEX_URL=http://old:an-earlier-token@127.0.0.1:9/simple/\n");
        using var scanner = new TokenScanner(index.Token, [_sandbox.Root]);

        var result = await BuildSh.RunAsync(_sandbox,
            ["BuildSmall", "BuildMinimal", "Report", "--base-image", FaultsFixture.BaseImage, "--repository", Repository, "--index-url", index.Url()],
            new Dictionary<string, string> { ["TMPDIR"] = temp }, TimeSpan.FromMinutes(20));
        var heldTheToken = await scanner.StopAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Sources: uwsgi from the package index", result.Output);
        Assert.Contains($"Sources came from the package index {index.MaskedUrl}", result.Output);
        Assert.Contains("\"GET /simple/uwsgi/uwsgi-2.0.21.tar.gz HTTP/1.1\" 200", index.AccessLog);
        Assert.DoesNotContain(index.Token, result.Output);
        Assert.Empty(heldTheToken);
        Assert.False(File.Exists(leftover), "an env file an earlier version left behind was not removed");

        var written = _sandbox.WrittenFiles().ToList();
        Assert.Contains(_sandbox.BuildLog, written);
        Assert.Contains(written, file => file.EndsWith(Path.Combine("report", "report.json"), StringComparison.Ordinal));
        Assert.Contains(written, file => file.StartsWith(Path.Combine(_sandbox.Artifacts, "state"), StringComparison.Ordinal));

        var images = _docker.Run("images", Repository, "--format", "{{.Repository}}:{{.Tag}}").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([$"{Repository}:minimal", $"{Repository}:small"], images.Order());
        foreach (var image in images)
        {
            Assert.DoesNotContain(index.Token, _docker.Run("history", "--no-trunc", image));
            Assert.DoesNotContain(index.Token, _docker.Run("image", "inspect", image));
            var archive = Path.Combine(_sandbox.Root, "image.tar");
            _docker.Run("save", "-o", archive, image);
            var files = ImageArchive.Files(archive).ToList();
            // The layers were opened: uWSGI's installed files are among what was searched.
            Assert.Contains(files, f => f.Name.Contains("!/", StringComparison.Ordinal) && f.Name.Contains("uwsgi", StringComparison.Ordinal));
            Assert.All(files, f => Assert.False(Holds(f.Content, index.Token), $"{image}: {f.Name} holds the token"));
            File.Delete(archive);
        }
    }

    public void Dispose()
    {
        _docker.RemoveImage($"{Repository}:small");
        _docker.RemoveImage($"{Repository}:minimal");
        _sandbox.Dispose();
    }

    private static bool Holds(byte[] content, string token) => content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) >= 0;
}
