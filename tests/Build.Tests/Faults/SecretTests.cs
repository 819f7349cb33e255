using System.Text;

namespace Build.Tests.Faults;

/// <summary>A package index URL with credentials is used by the fetch only: its token is nowhere a user or an image keeps.</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SecretTests : IDisposable
{
    private const string Token = "s3cr3t-token";

    private static readonly string Repository = FaultsNames.Named("secrets");

    private readonly Sandbox _sandbox = new();
    private readonly Docker _docker = new();
    private readonly string _image = Repository + ":small";

    [SkippableFact]
    public async Task Index_token_appears_in_no_dockerfile_log_report_console_history_or_layer()
    {
        FaultsFixture.RequireEngine();

        // A closed local port: the index fetch fails at once and the sources come from the fallback.
        var result = await BuildSh.RunAsync(_sandbox, [
            "BuildSmall", "Report", "--base-image", FaultsFixture.BaseImage, "--repository", Repository,
            "--index-url", $"https://user:{Token}@127.0.0.1:9/simple"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Sources: uwsgi from the Debian source archive", result.Output);
        Assert.DoesNotContain(Token, result.Output);
        var written = _sandbox.WrittenFiles().ToList();
        Assert.Contains(written, file => file.EndsWith("Dockerfile.small", StringComparison.Ordinal));
        Assert.Contains(written, file => file.EndsWith("report.json", StringComparison.Ordinal));
        Assert.Contains(_sandbox.BuildLog, written);
        Assert.All(written, file => Assert.False(Contains(File.ReadAllBytes(file)), $"{file} holds the token"));
        Assert.DoesNotContain(Token, _docker.Run("history", "--no-trunc", _image));
        Assert.DoesNotContain(Token, _docker.Run("image", "inspect", _image));
        var archive = Path.Combine(_sandbox.Root, "image.tar");
        _docker.Run("save", "-o", archive, _image);
        Assert.False(Contains(File.ReadAllBytes(archive)), "a layer or the image config holds the token");
    }

    public void Dispose()
    {
        _docker.RemoveImage(_image);
        _sandbox.Dispose();
    }

    // docker save writes layers as plain tar, so the bytes of every file in every layer are searched here.
    private static bool Contains(byte[] content) => content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Token)) >= 0;
}
