using System.Diagnostics;
using System.Reflection;
using BuildHost.CI.GitHubActions;
using BuildHost.IO;
using BuildHost.Logging;
using BuildHost.Parameters;
using Serilog;

namespace BuildHost.Execution;

/// <summary>One run: inject parameters, answer --help/--plan/--generate-configuration, run the plan, print the summary.</summary>
internal sealed class BuildSession(BuildInvocation invocation, CommandLine commandLine, HostLog log)
{
    public static readonly string[] BuiltInOptions =
    [
        "target", "skip", "help", "plan", "profile", "root", "verbosity", "continue", "host", "no-logo", "partition",
        "generate-configuration",
    ];

    public int Run()
    {
        var build = invocation.CreateBuild();
        build.OnBuildCreated();
        var targets = TargetDiscovery.Discover(build);
        var members = ParameterMember.Discover(build.GetType());
        var files = ParameterFiles.Load(NukeBuild.RootDirectory, commandLine.Find("profile")?.Values ?? []);
        log.Masker.Use(ParameterValues.SecretsGiven(members, commandLine, invocation.Environment, files));
        var help = commandLine.Flag("help");
        var showPlan = commandLine.Flag("plan");
        var continueOnFailure = commandLine.Flag("continue");
        commandLine.Flag("no-logo");
        CheckPartition();
        CheckHost();
        InjectParameters(build, members, files);

        var workflows = build.GetType().GetCustomAttributes<GitHubActionsAttribute>().ToList();
        if (NukeBuild.IsLocalBuild)
            UpdateGeneratedFiles(workflows.Where(workflow => workflow.AutoGenerate), members, targets);
        if (help)
        {
            Write(HelpText.Lines(targets, members, invocation.DefaultTargets));
            return 0;
        }

        if (commandLine.Find("generate-configuration") is { } generate)
            return Generate(workflows, targets, generate.Values);

        var plan = Plan(targets);
        if (showPlan)
        {
            Write(PlanText.Lines(plan));
            return 0;
        }

        CheckRequirements(build, members, plan);
        build.OnBuildInitialized();
        var stopwatch = Stopwatch.StartNew();
        var runner = new BuildRunner(build, invocation.Abort, continueOnFailure);
        runner.RunAsync(plan).GetAwaiter().GetResult();
        build.OnBuildFinished();
        return Finish(plan, runner.Aborted, stopwatch.Elapsed);
    }

    private void InjectParameters(NukeBuild build, IReadOnlyList<ParameterMember> members, IReadOnlyDictionary<string, ParameterFileEntry> files)
    {
        UnknownParameters.Check(commandLine, files, members, BuiltInOptions);
        foreach (var member in members.Where(member => (Nullable.GetUnderlyingType(member.Type) ?? member.Type) == typeof(bool)))
            commandLine.Flag(member.Name);
        var values = ParameterValues.Resolve(members, commandLine, invocation.Environment, files, NukeBuild.RootDirectory);
        build.ParameterValues = values;
        foreach (var member in members.Where(member => !member.IsOnInterface))
        {
            if (values.TryGet(member.Name, out var value))
                member.Assign(build, value);
        }
    }

    /// <summary>A host NUKE knows; this host behaves as on GitHub Actions for GitHubActions and as in a terminal for the others.</summary>
    private void CheckHost()
    {
        if (commandLine.Find("host") is not { } host)
            return;
        if (host.Values is not [var name] || !SchemaWriter.HostNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new HostException($"Parameter '--host {string.Join(" ", host.Values)}': give one of {string.Join(", ", SchemaWriter.HostNames)}.");
    }

    /// <summary>NUKE's partitions split a target over CI jobs; this host runs one partition, the whole.</summary>
    private void CheckPartition()
    {
        if (commandLine.Find("partition") is { Values: not ["1/1"] } partition)
            throw new HostException($"Parameter '--partition {string.Join(" ", partition.Values)}': this host does not split targets over partitions; leave it out (or pass 1/1).");
    }

    private IReadOnlyList<ExecutableTarget> Plan(IReadOnlyList<ExecutableTarget> targets)
    {
        var names = commandLine.Positional.Concat(commandLine.Find("target")?.Values ?? []).ToList();
        if (names.Count == 0 && invocation.DefaultTargets.Count == 0)
            throw new HostException($"No target given and the build has no default. Available targets: {string.Join(", ", targets.Select(t => t.Name))}.");
        var invoked = (names.Count > 0 ? names : invocation.DefaultTargets).Select(name => TargetNames.Find(targets, name)).Distinct().ToList();
        var plan = ExecutionPlanner.Plan(invoked);
        if (commandLine.Find("skip") is { } skip)
        {
            var skipped = skip.Values.Count == 0
                ? plan.Except(invoked)
                : skip.Values.Select(name => TargetNames.Find(targets, name));
            foreach (var target in skipped)
                (target.Status, target.SkipReason) = (ExecutionStatus.Skipped, "--skip");
        }

        foreach (var target in plan.Where(target => target.Status != ExecutionStatus.Skipped))
        {
            if (target.Definition.StaticConditions.FirstOrDefault(condition => !condition.Evaluate()) is { } unmet)
                (target.Status, target.SkipReason) = (ExecutionStatus.Skipped, $"condition '{unmet.Text}' is false");
        }

        SkipDependenciesOfSkipped(plan, invoked);
        return plan;
    }

    /// <summary>WhenSkipped(DependencyBehavior.Skip): a skipped target's dependencies that nothing else running needs are skipped too.</summary>
    private static void SkipDependenciesOfSkipped(IReadOnlyList<ExecutableTarget> plan, IReadOnlyList<ExecutableTarget> invoked)
    {
        for (var i = plan.Count - 1; i >= 0; i--)
        {
            var target = plan[i];
            if (target.Status != ExecutionStatus.Skipped || target.Definition.SkippedDependencies != DependencyBehavior.Skip)
                continue;
            foreach (var dependency in target.Dependencies.Where(dependency => dependency.Status != ExecutionStatus.Skipped))
            {
                var neededElsewhere = plan.Any(other => other.Status != ExecutionStatus.Skipped && other.Dependencies.Contains(dependency));
                if (!neededElsewhere && !invoked.Contains(dependency))
                    (dependency.Status, dependency.SkipReason) = (ExecutionStatus.Skipped, $"{target.Name} is skipped");
            }
        }
    }

    /// <summary>
    /// Requirements of the targets about to run, before the first runs. A requirement that throws (input the build
    /// validates and refuses) is unmet with the exception's message; a message shared by several targets is said once.
    /// </summary>
    private static void CheckRequirements(NukeBuild build, IReadOnlyList<ParameterMember> members, IReadOnlyList<ExecutableTarget> plan)
    {
        var running = plan.Where(target => target.Status != ExecutionStatus.Skipped).ToList();
        var unmet = running
            .SelectMany(target => target.Definition.Requirements.Select(requirement => (Target: target.Name, Problem: Problem(requirement))))
            .Where(pair => pair.Problem is not null)
            .GroupBy(pair => pair.Problem!)
            .Select(group => group.Count() == 1 ? $"Target {group.First().Target}: {group.Key}" : $"{group.Key} (targets {string.Join(", ", group.Select(pair => pair.Target))})")
            .Concat(RequiredMembers.Unmet(build, members, running))
            .ToList();
        if (unmet.Count > 0)
            throw new HostException(string.Join(Environment.NewLine, unmet));
    }

    private static string? Problem(Condition requirement)
    {
        try
        {
            return requirement.Evaluate() ? null : requirement.Text;
        }
        catch (Exception exception) when (exception is not HostException)
        {
            return Logging.ExceptionMessages.Of(exception);
        }
    }

    private int Generate(IReadOnlyList<GitHubActionsAttribute> workflows, IReadOnlyList<ExecutableTarget> targets, IReadOnlyList<string> ids)
    {
        var workflow = workflows.FirstOrDefault(candidate => ids is [var id] && string.Equals(candidate.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new HostException(
                $"Unknown configuration '{string.Join(" ", ids)}'. Available: {string.Join(", ", workflows.Select(w => w.Id).DefaultIfEmpty("none"))}.");
        var file = NukeBuild.RootDirectory / workflow.RelativePath;
        file.WriteAllText(WorkflowWriter.Render(workflow, targets));
        Log.Information("Wrote {File}", workflow.RelativePath);
        return 0;
    }

    private static void UpdateGeneratedFiles(
        IEnumerable<GitHubActionsAttribute> workflows, IReadOnlyList<ParameterMember> members, IReadOnlyList<ExecutableTarget> targets)
    {
        SchemaWriter.Update(NukeBuild.RootDirectory / ".nuke" / "build.schema.json", SchemaWriter.Render(members, targets));
        foreach (var workflow in workflows)
        {
            var file = NukeBuild.RootDirectory / workflow.RelativePath;
            var content = WorkflowWriter.Render(workflow, targets);
            if (file.FileExists() && file.ReadAllText() == content)
                continue;
            file.WriteAllText(content);
            Log.Information("Regenerated {File} from the [GitHubActions] attribute", workflow.RelativePath);
        }
    }

    private int Finish(IReadOnlyList<ExecutableTarget> plan, bool aborted, TimeSpan elapsed)
    {
        var problems = log.Problems.Lines;
        Write(Summary.Lines(plan, elapsed, log.Masker.Apply));
        if (problems.Count > 0)
        {
            log.WriteAlways("Warnings and errors:");
            Write(problems);
        }

        var failed = plan.Any(target => target.Status == ExecutionStatus.Failed);
        log.WriteAlways(aborted ? "Build aborted." : failed ? "Build failed." : "Build succeeded.");
        return aborted ? BuildInvocation.AbortedExitCode : failed ? BuildInvocation.FailureExitCode : 0;
    }

    private void Write(IEnumerable<string> lines)
    {
        foreach (var line in lines)
            log.WriteAlways(line);
    }
}
