using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Sources;
using PyImages.Spec;
using PyImages.Tests.Engine;

namespace PyImages.Tests.Sources;

/// <summary>How the fetch hands the index URL to its containers and decides between failing and falling back.</summary>
public sealed class SourceFetcherTests : IDisposable
{
    private const string Token = "s3cr3t-t0ken";
    private const string IndexUrl = $"https://alice:{Token}@index.example/simple/";

    private static readonly BaseImageFacts Base = new("python:3.12-slim", BaseFamily.Debian, "", "/usr/local/bin/python3", "3.12", true, false, "python:3.12-slim");

    private readonly string _directory = Directory.CreateTempSubdirectory("pyimages-fetch-").FullName;

    [Fact]
    public async Task The_index_url_reaches_the_containers_by_standard_input_only_and_nothing_is_mounted()
    {
        var engine = new FakeEngine(run: _ => new RunResult(0, "", ""));

        var sources = await SourceFetcher.FetchAsync(engine, Base, ["uwsgi"], ["uwsgi"], _directory, IndexUrl, CancellationToken.None);

        Assert.Equal(2, engine.Runs.Count); // the packages, then the build tools
        Assert.All(engine.Runs, run =>
        {
            Assert.DoesNotContain(run.Command, a => a.Contains(Token));
            Assert.DoesNotContain((run.Environment ?? new Dictionary<string, string>()).Values, v => v.Contains(Token));
            Assert.Equal(IndexUrl + "\n", run.StandardInput);
            Assert.NotNull(run.Output);
        });
        Assert.Contains("Sources came from the package index https://*****@index.example/simple/.", sources.Notes);
    }

    [Theory]
    [InlineData("status 401 Unauthorized", "HTTP 401 Unauthorized", "token")]
    [InlineData("status 404 Not Found", "HTTP 404 Not Found", "no project 'uwsgi'")]
    public async Task An_index_that_answers_with_an_error_fails_the_fetch_and_does_not_fall_back(string probe, string status, string hint)
    {
        var engine = new FakeEngine(run: run => run.Command.Contains("download")
            ? new RunResult(1, "", $"ERROR: Could not find a version that satisfies the requirement uwsgi ({IndexUrl})")
            : new RunResult(0, probe + "\n", ""));

        var error = await Assert.ThrowsAsync<PyImagesException>(() =>
            SourceFetcher.FetchAsync(engine, Base, ["uwsgi"], ["uwsgi"], _directory, IndexUrl, CancellationToken.None));

        Assert.Contains("https://*****@index.example/simple/", error.Message);
        Assert.Contains(status, error.Message);
        Assert.Contains(hint, error.Message);
        Assert.DoesNotContain(Token, error.Message);
        Assert.DoesNotContain("alice", error.Message);
        Assert.Equal(2, engine.Runs.Count); // pip, then the question to the index; no Debian archive
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
