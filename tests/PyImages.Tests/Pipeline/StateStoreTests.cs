using PyImages.Inspection;
using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

public sealed class StateStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pyimages-state-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_build_record_reads_back_with_the_image_facts_a_later_report_takes_instead_of_inspecting()
    {
        var store = new StateStore(_folder);
        var facts = new ImageFacts("sha256:1", ["blog-python:small"], DateTimeOffset.Parse("2026-12-02T10:00:00Z"), 152_800_000, ImageSizeAccounting.PodmanLayerTarBytes,
            new Dictionary<string, string> { [ImageLabels.Checkout] = "0123456789abcdef" }, "amd64", "linux", "1000", [], ["uwsgi"], ["PATH=/usr/bin"], ["sha256:a"]);

        await store.SaveAsync("built-small", new BuiltImage("small", "blog-python:small", "sha256:1", DateTimeOffset.UnixEpoch, facts));
        var read = store.Load<BuiltImage>("built-small")!.Image!;

        Assert.Equal((facts.Id, facts.SizeBytes, facts.Created, facts.SizeAccounting, facts.User), (read.Id, read.SizeBytes, read.Created, read.SizeAccounting, read.User));
        Assert.Equal(facts.Labels, read.Labels);
        Assert.Equal(facts.Cmd, read.Cmd);
    }
}
