using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Spec;
using PyImages.Templates;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    /// <summary>
    /// Renders the variant's Dockerfile into artifacts/dockerfiles, builds it (output to the console and to
    /// artifacts/logs/&lt;variant&gt;.log) and judges the result. Throws, naming the variant, the failing step and
    /// the last lines, when the build did not do what the variant expects.
    /// </summary>
    public async Task<VariantOutcome> BuildAsync(Variant variant, CancellationToken cancellationToken = default)
    {
        var info = VariantCatalog.Get(variant);
        var sources = await FetchAsync(cancellationToken);
        var dockerfile = await RenderAsync(variant, cancellationToken);
        var reference = ImageFor(info);
        _log.Information("Building {Variant} as {Image} from {Dockerfile}", info.Name, reference, dockerfile);

        var result = await ContainerEngine.BuildAsync(
            new BuildRequest(dockerfile, BuildContext(sources), reference, new Dictionary<string, string>(), Layout.BuildLog(info.Name),
                Builder: (await EnsureEngineAsync(cancellationToken)).Builder),
            line => _log.Information("{Variant} | {Line}", info.Name, BuildOutput.Clean(line)),
            cancellationToken);

        var outcome = VariantOutcome.Judge(info.Name, reference, info.ExpectBuildFailure, result);
        if (!result.Succeeded && await ContainerEngine.ProbeAsync(cancellationToken) is null)
        {
            outcome = outcome.EngineStopped();
        }

        await State.SaveAsync(StateNames.Outcome(info.Name), outcome, cancellationToken);
        if (outcome.Status == BuildOutcomeKind.Succeeded && outcome.ImageId is { } imageId)
        {
            await RecordBuiltAsync(new BuiltImage(info.Name, reference, imageId, DateTimeOffset.UtcNow), cancellationToken);
        }

        if (!outcome.IsSuccess)
        {
            throw new PyImagesException(outcome.Describe());
        }

        _log.Information("{Variant}: {Outcome} in {Seconds:0.0} s", info.Name, outcome.ToReport(), result.Duration.TotalSeconds);
        return outcome;
    }

    /// <summary>The Dockerfile for a variant, as the build would use it, written to artifacts/dockerfiles.</summary>
    public async Task<string> RenderAsync(Variant variant, CancellationToken cancellationToken = default)
    {
        var baseImage = await EnsureBaseImageAsync(cancellationToken);
        var capabilities = (await EnsureEngineAsync(cancellationToken)).Capabilities;
        var single = ImageSpec with { Variants = [variant] };
        var info = VariantCatalog.Get(variant);
        return DockerfileSet.WriteAll(Layout.Dockerfiles, DockerfileSet.Render(single, baseImage, capabilities, new RenderOptions(Labels: Labels(info)))).Single();
    }

    private async Task RecordBuiltAsync(BuiltImage image, CancellationToken cancellationToken)
    {
        await State.SaveAsync(StateNames.Built(image.Variant), image, cancellationToken);
        var all = State.Load<List<string>>(StateNames.BuiltImages) ?? [];
        if (!all.Contains(image.ImageId))
        {
            await State.SaveAsync(StateNames.BuiltImages, (List<string>)[.. all, image.ImageId], cancellationToken);
        }
    }

    private IReadOnlyDictionary<string, string> Labels(VariantInfo variant)
    {
        var labels = new Dictionary<string, string>
        {
            [ImageLabels.Project] = ImageLabels.ProjectValue,
            [ImageLabels.Variant] = variant.Name,
            [ImageLabels.Checkout] = Owner.Id,
            [ImageLabels.Repository] = Owner.Repository,
            [ImageLabels.BaseImage] = _base!.Reference,
            [ImageLabels.Title] = ImageFor(variant),
            ["org.opencontainers.image.description"] = variant.Description,
            ["org.opencontainers.image.ref.name"] = variant.Tag,
            ["org.opencontainers.image.base.name"] = _base.Reference,
        };
        if (ImageSpec.App is { } app)
        {
            labels[ImageLabels.App] = app.Name;
            if (app.GitRevision is { } revision)
            {
                labels[ImageLabels.Revision] = revision;
            }
        }

        return labels;
    }
}
