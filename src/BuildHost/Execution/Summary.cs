namespace BuildHost.Execution;

/// <summary>The table that ends every run: target, status, duration, what the target reported (ReportSummary), and the total.</summary>
internal static class Summary
{
    public static IEnumerable<string> Lines(IReadOnlyList<ExecutableTarget> plan, TimeSpan total, Func<string, string> mask)
    {
        var width = Math.Max(20, plan.Select(target => target.Name.Length).DefaultIfEmpty(0).Max() + 4);
        var rule = new string('═', width + 22);
        yield return rule;
        yield return $"{"Target".PadRight(width)}{"Status",-12}{"Duration",10}";
        yield return new string('─', width + 22);
        foreach (var target in plan)
        {
            var duration = target.Status is ExecutionStatus.Succeeded or ExecutionStatus.Failed or ExecutionStatus.Aborted
                ? Format(target.Duration)
                : "";
            var information = target.SummaryInformation.Count > 0
                ? "   // " + mask(string.Join(", ", target.SummaryInformation.Select(pair => $"{pair.Key}: {pair.Value}")))
                : "";
            yield return $"{target.Name.PadRight(width)}{target.Status,-12}{duration,10}{information}";
        }

        yield return new string('─', width + 22);
        yield return $"{"Total".PadRight(width)}{"",-12}{Format(total),10}";
        yield return rule;
    }

    private static string Format(TimeSpan duration) =>
        duration < TimeSpan.FromSeconds(1) ? "< 1 sec" : duration.ToString(duration.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss");
}
