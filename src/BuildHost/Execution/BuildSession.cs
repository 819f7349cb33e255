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
        ["target", "skip", "help", "plan", "profile", "root", "verbosity", "continue", "host", "generate-configuration"];

    public int Run()
    {
        var build = invocation.CreateBuild();
        build.OnBuildCreated();
        var targets = TargetDiscovery.Discover(build);
        var help = commandLine.Flag("help");
        var showPlan = commandLine.Flag("plan");
        var continueOnFailure = commandLine.Flag("continue");
        InjectParameters(build, out var members);

        if (help)
        {
            Write(HelpText.Lines(targets, members, invocation.DefaultTargets));
            return 0;
        }

        var workflows = build.GetType().GetCustomAttributes<GitHubActionsAttribute>().ToList();
        if (commandLine.Find("generate-configuration") is { } generate)
            return Generate(workflows, targets, generate.Values);
        if (NukeBuild.IsLocalBuild)
            UpdateGeneratedFiles(workflows.Where(workflow => workflow.AutoGenerate), members, targets);

        var plan = Plan(targets);
        if (showPlan)
        {
            Write(PlanText.Lines(plan));
            return 0;
        }

        CheckRequirements(plan);
        build.OnBuildInitialized();
        var stopwatch = Stopwatch.StartNew();
        var runner = new BuildRunner(build, invocation.Abort, continueOnFailure);
        runner.RunAsync(plan).GetAwaiter().GetResult();
        build.OnBuildFinished();
        return Finish(plan, runner.Aborted, stopwatch.Elapsed);
    }

    private void InjectParameters(NukeBuild build, out IReadOnlyList<ParameterMember> members)
    {
        members = ParameterMember.Discover(build.GetType());
        foreach (var member in members.Where(member => (Nullable.GetUnderlyingType(member.Type) ?? member.Type) == typeof(bool)))
            commandLine.Flag(member.Name);
        var files = ParameterFiles.Load(NukeBuild.RootDirectory, commandLine.Find("profile")?.Values ?? []);
        UnknownParameters.Check(commandLine, files, members, BuiltInOptions);
        var values = ParameterValues.Resolve(members, commandLine, invocation.Environment, files, NukeBuild.RootDirectory);
        log.Masker.Use(values.Secrets);
        build.ParameterValues = values;
        foreach (var member in members.Where(member => !member.IsOnInterface))
        {
            if (values.TryGet(member.Name, out var value))
                member.Assign(build, value);
        }
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

        return plan;
    }

    private static void CheckRequirements(IReadOnlyList<ExecutableTarget> plan)
    {
        var unmet = plan.Where(target => target.Status != ExecutionStatus.Skipped)
            .SelectMany(target => target.Definition.Requirements.Where(requirement => !requirement.Evaluate())
                .Select(requirement => $"Target {target.Name}: {requirement.Text}"))
            .ToList();
        if (unmet.Count > 0)
            throw new HostException(string.Join(Environment.NewLine, unmet));
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
        Write(Summary.Lines(plan, elapsed));
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
