using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Inspection;
using PyImages.Spec;
using Serilog;

namespace PyImages.Pipeline.Steps;

/// <summary>
/// Builds one variant's Dockerfile (output to the log and to artifacts/logs/&lt;variant&gt;.log) and judges the result
/// against what the variant expects; the image it tagged is inspected once, here, and every later step reuses those facts.
/// A build that made the very image of the last record (everything cached) reuses the record's facts: an image id names one content.
/// </summary>
public static class BuildStep
{
    public static async Task<BuildStepResult> BuildAsync(
        PreparedEngine prepared, VariantInfo variant, string reference, string dockerfile, string context, string logPath, BuiltImage? lastBuilt,
        ILogger log, CancellationToken cancellationToken)
    {
        log.Information("Building {Variant} as {Image} from {Dockerfile}", variant.Name, reference, dockerfile);
        var result = await prepared.Engine.BuildAsync(
            new BuildRequest(dockerfile, context, reference, new Dictionary<string, string>(), logPath, Builder: prepared.Info.Builder),
            line => log.Information("{Variant} | {Line}", variant.Name, BuildOutput.Clean(line)),
            cancellationToken);

        var outcome = VariantOutcome.Judge(variant.Name, reference, variant.ExpectBuildFailure, result);
        if (!result.Succeeded && await prepared.Engine.ProbeAsync(cancellationToken) is null)
        {
            outcome = outcome.EngineStopped();
        }

        if (outcome.IsSuccess)
        {
            log.Information("{Variant}: {Outcome} in {Seconds:0.0} s", variant.Name, outcome.ToReport(), result.Duration.TotalSeconds);
        }

        if (outcome.Status != BuildOutcomeKind.Succeeded || outcome.ImageId is null)
        {
            return new BuildStepResult(outcome, null);
        }

        var image = lastBuilt is { Image: { } known } && lastBuilt.ImageId == outcome.ImageId
            ? known
            : ImageFactsParser.Parse(await prepared.Engine.InspectImageJsonAsync(reference, cancellationToken));
        return new BuildStepResult(outcome, new BuiltImage(variant.Name, reference, outcome.ImageId, DateTimeOffset.UtcNow, image));
    }
}
