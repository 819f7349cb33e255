namespace BuildHost.Execution;

/// <summary>What <c>--plan</c> prints: the execution order, with the targets that would be skipped.</summary>
internal static class PlanText
{
    public static IEnumerable<string> Lines(IReadOnlyList<ExecutableTarget> plan)
    {
        yield return "Execution plan:";
        for (var i = 0; i < plan.Count; i++)
        {
            var target = plan[i];
            var skipped = target.Status == ExecutionStatus.Skipped ? $" (skipped{(target.SkipReason is null ? "" : ": " + target.SkipReason)})" : "";
            yield return $"  {i + 1}. {target.Name}{skipped}";
        }
    }
}
