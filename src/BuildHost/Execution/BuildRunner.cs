using System.Diagnostics;
using Serilog;

namespace BuildHost.Execution;

/// <summary>Runs planned targets in order: a failure stops the run (dependants NotRun) unless --continue or ProceedAfterFailure.</summary>
internal sealed class BuildRunner(NukeBuild build, AbortController abort, bool continueOnFailure)
{
    public bool Aborted { get; private set; }

    public async Task RunAsync(IReadOnlyList<ExecutableTarget> plan)
    {
        var stopped = false;
        foreach (var target in plan)
        {
            if (Aborted || abort.IsRequested)
            {
                Aborted = true;
                target.Status = ExecutionStatus.NotRun;
            }
            else if (target.Status == ExecutionStatus.Skipped)
            {
                Skip(target, target.SkipReason);
            }
            else if ((stopped && !target.Definition.IsAssuredAfterFailure) || HasUnsuccessfulDependency(target))
            {
                target.Status = ExecutionStatus.NotRun;
            }
            else if (target.Definition.DynamicConditions.FirstOrDefault(condition => !condition.Evaluate()) is { } unmet)
            {
                Skip(target, $"condition '{unmet.Text}' is false");
            }
            else
            {
                await RunTargetAsync(target);
                stopped |= target.Status == ExecutionStatus.Failed && !continueOnFailure && !target.Definition.IsProceedAfterFailure;
            }
        }
    }

    private static bool HasUnsuccessfulDependency(ExecutableTarget target) =>
        !target.Definition.IsAssuredAfterFailure
        && target.Dependencies.Any(dependency => dependency.Status is ExecutionStatus.Failed or ExecutionStatus.NotRun or ExecutionStatus.Aborted
            && !(dependency.Status == ExecutionStatus.Failed && dependency.Definition.IsProceedAfterFailure));

    private void Skip(ExecutableTarget target, string? reason)
    {
        target.Status = ExecutionStatus.Skipped;
        Log.Information("Skipping target {Target}{Reason}", target.Name, reason is null ? "" : $": {reason}");
        build.OnTargetSkipped(target.Name);
    }

    private async Task RunTargetAsync(ExecutableTarget target)
    {
        Log.Information("─── {Target} ───", target.Name);
        var stopwatch = Stopwatch.StartNew();
        build.RunningTarget = target;
        build.OnTargetRunning(target.Name);
        var body = Task.Run(async () =>
        {
            foreach (var action in target.Definition.Actions)
                await action();
        });
        await Task.WhenAny(body, abort.Requested);

        // An abort asked for while the target ran aborts it, even when its body ended (cancelled) before this line ran.
        if (abort.IsRequested)
        {
            if (!body.IsCompleted)
            {
                Log.Warning("Aborting: waiting up to {Seconds} s for target {Target} to stop", abort.GracePeriod.TotalSeconds, target.Name);
                await Task.WhenAny(body, Task.Delay(abort.GracePeriod));
            }

            Aborted = true;
            target.Status = ExecutionStatus.Aborted;
            target.Duration = stopwatch.Elapsed;
            Log.Error("Target {Target} was aborted", target.Name);
            return;
        }

        target.Duration = stopwatch.Elapsed;
        if (body.Exception is { } failure)
        {
            target.Status = ExecutionStatus.Failed;
            var exception = failure.InnerExceptions.Count == 1 ? failure.InnerExceptions[0] : failure;
            if (target.SummaryInformation.Count == 0)
                target.SummaryInformation = new() { [exception.GetType().Name] = exception.Message.Split('\n')[0].Trim() };
            Log.Error(exception, "Target {Target} failed", target.Name);
            build.OnTargetFailed(target.Name);
        }
        else
        {
            target.Status = ExecutionStatus.Succeeded;
            build.SucceededTargetNames.Add(target.Name);
            build.OnTargetSucceeded(target.Name);
        }
    }
}
