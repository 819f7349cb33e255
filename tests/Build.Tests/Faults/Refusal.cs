namespace Build.Tests.Faults;

/// <summary>How a refused run looks from outside: a non-zero exit, an [ERR] message naming the input, no stack trace, no engine command.</summary>
internal static class Refusal
{
    /// <param name="within">How soon it must stop, when the test cares.</param>
    public static void AssertRefused(BuildShResult result, string named, FakeEngine engine, TimeSpan? within = null)
    {
        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains(named, result.Output);
        Assert.Contains("[ERR]", result.Output);
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(", result.Output);
        Assert.True(engine.Calls.Count == 0, $"an engine command ran: {string.Join("; ", engine.Calls)}\n{result}");
        if (within is { } limit)
            Assert.True(result.Elapsed < limit, $"took {result.Elapsed}");
    }
}
