namespace BuildHost.Tests.Execution;

/// <summary>
/// The signals this process was started with ignored (Linux: the SigIgn mask of /proc/self/status). A child such as
/// build.sh inherits them ignored, and .NET installs no handler for a signal that was ignored at its start (the nohup
/// convention), so a test that sends one to the build would wait for nothing.
/// </summary>
public static class IgnoredSignals
{
    /// <summary>Whether signal <paramref name="number"/> (SIGINT is 2) is ignored; false where there is no /proc.</summary>
    public static bool Contains(int number)
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (number - 1))) != 0;
    }
}
