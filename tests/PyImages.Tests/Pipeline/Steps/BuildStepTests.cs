using PyImages.Engine;
using PyImages.Pipeline;
using PyImages.Pipeline.Steps;
using PyImages.Spec;
using PyImages.Tests.Engine;
using Serilog.Core;

namespace PyImages.Tests.Pipeline.Steps;

public sealed class BuildStepTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pyimages-build-step-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(BuildStepResult Result, List<string> Inspected)> BuildAsync(Variant variant, bool succeeds, BuiltImage? lastBuilt = null)
    {
        var inspected = new List<string>();
        var engine = new FakeEngine(
            builds: _ => succeeds,
            probe: () => new EngineInfo(EngineKind.Docker, "20.10.24", EngineBuilders.Classic, BuilderCapabilities.Classic),
            inspect: reference =>
            {
                inspected.Add(reference);
                return """[{"Id":"sha256:1","RepoTags":["blog-python:small"],"Size":150000000}]""";
            });
        var dockerfile = Path.Combine(_folder, "Dockerfile");
        await File.WriteAllTextAsync(dockerfile, "FROM scratch\n");
        var result = await BuildStep.BuildAsync(
            Prepared.On(engine), VariantCatalog.Get(variant), "blog-python:small", dockerfile, _folder, Path.Combine(_folder, "small.log"), lastBuilt, Logger.None, CancellationToken.None);
        return (result, inspected);
    }

    [Fact]
    public async Task A_built_image_is_inspected_once_and_its_facts_go_with_the_outcome()
    {
        var (result, inspected) = await BuildAsync(Variant.Small, succeeds: true);

        Assert.Equal(BuildOutcomeKind.Succeeded, result.Outcome.Status);
        Assert.Equal(["blog-python:small"], inspected);
        Assert.Equal(150_000_000, result.Built!.Image!.SizeBytes);
        Assert.Equal("sha256:1", result.Built.ImageId);
    }

    [Fact]
    public async Task A_failed_build_records_no_image_and_inspects_nothing()
    {
        var (result, inspected) = await BuildAsync(Variant.Small, succeeds: false);

        Assert.Equal(BuildOutcomeKind.Failed, result.Outcome.Status);
        Assert.Null(result.Built);
        Assert.Empty(inspected);
    }

    [Fact]
    public async Task A_rebuild_that_made_the_recorded_image_again_reuses_its_facts_and_one_that_made_another_inspects_it()
    {
        var (recorded, _) = await BuildAsync(Variant.Small, succeeds: true);
        var same = recorded.Built! with { Image = recorded.Built.Image! with { SizeBytes = 7 } };

        var (again, inspectedAgain) = await BuildAsync(Variant.Small, succeeds: true, lastBuilt: same);
        var (other, inspectedOther) = await BuildAsync(Variant.Small, succeeds: true, lastBuilt: same with { ImageId = "sha256:0" });

        Assert.Empty(inspectedAgain);
        Assert.Equal(7, again.Built!.Image!.SizeBytes);
        Assert.Equal(["blog-python:small"], inspectedOther);
        Assert.Equal(150_000_000, other.Built!.Image!.SizeBytes);
    }
}
