using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Reporting;

namespace PyImages.Pipeline;

/// <summary>What one variant's build came to, kept under artifacts/state so a later Report run can tell it.</summary>
/// <param name="Reason">One line: the package's own message for an expected failure, what went wrong for a failure, empty when built.</param>
/// <param name="FailingStep">The Dockerfile step that was running when the build stopped, when it failed.</param>
/// <param name="OutputTail">The last lines of the build output, when it failed.</param>
public sealed record VariantOutcome(
    string Variant,
    string ImageReference,
    BuildOutcomeKind Status,
    string? ImageId,
    string Reason,
    string? FailingStep,
    IReadOnlyList<string> OutputTail,
    string LogPath,
    TimeSpan Duration)
{
    public bool IsSuccess => Status is BuildOutcomeKind.Succeeded or BuildOutcomeKind.FailedAsExpected;

    public BuildOutcome ToReport() => new(Status, string.IsNullOrEmpty(Reason) ? null : Reason);

    public static VariantOutcome Judge(string variant, string imageReference, bool expectsMissingCompiler, BuildResult result)
    {
        // The step header and the package's message can be far above the tail: read the whole log.
        var output = File.Exists(result.LogPath) ? File.ReadAllLines(result.LogPath) : result.OutputTail;
        var tail = result.OutputTail.Select(BuildOutput.Clean).ToList();
        var step = result.Succeeded ? null : BuildOutput.FailingStep(output);
        VariantOutcome Outcome(BuildOutcomeKind status, string reason) =>
            new(variant, imageReference, status, result.ImageId, reason, step, result.Succeeded ? [] : tail, result.LogPath, result.Duration);

        // No step ran: the client or the engine refused the build; its own words say why, not a step.
        if (!result.Succeeded && step is null)
        {
            var said = BuildOutput.ClientError(output);
            return Outcome(BuildOutcomeKind.Failed,
                $"the build stopped before any Dockerfile step ran (exit code {result.ExitCode}){(said is null ? ", with no output" : $": {said}")}");
        }

        if (!expectsMissingCompiler)
        {
            // A missing compiler named in the reason: the package's words can be above the last lines shown
            // (BuildKit's error summary ends its output).
            return result.Succeeded
                ? Outcome(BuildOutcomeKind.Succeeded, string.Empty)
                : Outcome(BuildOutcomeKind.Failed, $"the build failed at `{step}` (exit code {result.ExitCode})"
                    + (MissingCompilerMessage.Find(output) is { } compiler ? $"; the package says: {compiler}" : "")
                    + (MissingDependencyMessage.Find(output) is { } dependency ? $"; {dependency}" : ""));
        }

        if (result.Succeeded)
        {
            return Outcome(BuildOutcomeKind.Failed, "the build succeeded without a compiler, so the packages need none and this variant shows nothing");
        }

        return MissingCompilerMessage.Find(output) is { } message
            ? Outcome(BuildOutcomeKind.FailedAsExpected, message)
            : Outcome(BuildOutcomeKind.Failed, $"the build failed at `{step}` (exit code {result.ExitCode}), but not for lack of a compiler");
    }

    /// <summary>The same failure, told as what it was: the engine went away mid-build, so the Dockerfile is not to blame.</summary>
    public VariantOutcome EngineStopped() => this with
    {
        Status = BuildOutcomeKind.Failed,
        Reason = $"the container engine stopped answering during the build (at `{FailingStep ?? "an unknown step"}`), so nothing was tagged. "
            + "Start the engine again (e.g. systemctl start docker, or point DOCKER_HOST at a running one) and run the target again",
    };

    /// <summary>A message for the user: variant, step, the last lines, and where the whole log is.</summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder($"{Variant} ({ImageReference}): {Reason}.");
        if (OutputTail.Count > 0)
        {
            text.AppendLine().AppendLine("Last lines of the build output:");
            foreach (var line in OutputTail.TakeLast(15))
            {
                text.Append("  | ").AppendLine(line);
            }
        }

        text.Append($"Full log: {LogPath}");
        return text.ToString();
    }
}
