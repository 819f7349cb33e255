using PyImages.Engine;
using PyImages.Engine.BaseImages;

namespace PyImages.Tests.Engine.BaseImages;

public sealed class BaseFactsCacheTests : IDisposable
{
    private const string ProbeOutput = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n@@pyimages@@\n/usr/bin/python3\n3.11.2\nFalse\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("pyimages-facts-").FullName;

    private BaseFactsCache Cache => new(Path.Combine(_directory, "state", "base-facts.json"));

    [Fact]
    public async Task The_same_image_is_read_once_and_then_remembered()
    {
        var engine = ProbedEngine("sha256:aaa");

        var first = await Cache.ReadAsync(engine, "base:1", "python:3.12-slim", bootstrapped: true, CancellationToken.None);
        var second = await Cache.ReadAsync(engine, "base:1", "python:3.12-slim", bootstrapped: true, CancellationToken.None);

        Assert.Single(engine.Runs);
        Assert.Equal(first, second);
        Assert.Equal("/usr/bin/python3", second.PythonExecutable);
    }

    [Fact]
    public async Task A_changed_image_is_read_again()
    {
        await Cache.ReadAsync(ProbedEngine("sha256:aaa"), "base:1", "base:1", bootstrapped: false, CancellationToken.None);
        var rebuilt = ProbedEngine("sha256:bbb");

        await Cache.ReadAsync(rebuilt, "base:1", "base:1", bootstrapped: false, CancellationToken.None);

        Assert.Single(rebuilt.Runs);
    }

    [Fact]
    public async Task Remembered_facts_name_the_references_of_this_run()
    {
        var engine = ProbedEngine("sha256:aaa");
        await Cache.ReadAsync(engine, "base:1", "base:1", bootstrapped: false, CancellationToken.None);

        var facts = await Cache.ReadAsync(engine, "base:1", "python:3.12-slim", bootstrapped: true, CancellationToken.None);

        Assert.Equal(("python:3.12-slim", true), (facts.ConfiguredReference, facts.Bootstrapped));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>An engine with one image: the id lookup names it, a run prints the base probe's output.</summary>
    private static FakeEngine ProbedEngine(string imageId) =>
        new(run: _ => new RunResult(0, ProbeOutput, string.Empty), imageId: _ => imageId);
}
