namespace BuildHost.Execution;

/// <summary>Orders the invoked targets, their dependencies and triggered targets; dependencies come first and once.</summary>
internal static class ExecutionPlanner
{
    public static IReadOnlyList<ExecutableTarget> Plan(IReadOnlyList<ExecutableTarget> invoked)
    {
        var scheduled = Schedule(invoked);
        var ordered = new List<ExecutableTarget>();
        var visiting = new List<ExecutableTarget>();
        foreach (var target in invoked.Concat(scheduled.OrderBy(target => target.Index)))
            Visit(target, scheduled, visiting, ordered);
        return ordered;
    }

    private static HashSet<ExecutableTarget> Schedule(IReadOnlyList<ExecutableTarget> invoked)
    {
        var scheduled = new HashSet<ExecutableTarget>();
        var pending = new Stack<ExecutableTarget>(invoked);
        while (pending.TryPop(out var target))
        {
            if (!scheduled.Add(target))
                continue;
            foreach (var next in target.Dependencies.Concat(target.Triggers))
                pending.Push(next);
        }

        return scheduled;
    }

    private static void Visit(
        ExecutableTarget target, HashSet<ExecutableTarget> scheduled, List<ExecutableTarget> visiting, List<ExecutableTarget> ordered)
    {
        if (ordered.Contains(target))
            return;
        if (visiting.Contains(target))
        {
            var cycle = visiting.Skip(visiting.IndexOf(target)).Append(target).Select(t => t.Name);
            throw new HostException($"Circular dependency between targets: {string.Join(" -> ", cycle)}.");
        }

        visiting.Add(target);
        foreach (var earlier in target.Dependencies.Concat(target.OrderedAfter).Where(scheduled.Contains))
            Visit(earlier, scheduled, visiting, ordered);
        visiting.Remove(target);
        ordered.Add(target);
    }
}
