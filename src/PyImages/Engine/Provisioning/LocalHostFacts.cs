namespace PyImages.Engine.Provisioning;

public sealed class LocalHostFacts : IHostFacts
{
    public bool IsRoot => Environment.UserName == "root" || EffectiveUserIdFromProc() == "0";

    public bool CanSudo => !IsRoot && IsOnPath("sudo") && SudoAnswers.Value;

    private static readonly Lazy<bool> SudoAnswers = new(() =>
    {
        using var sudo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sudo", ["-n", "true"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        });
        sudo?.WaitForExit();
        return sudo?.ExitCode == 0;
    });

    public string? ReadOsRelease() =>
        new[] { "/etc/os-release", "/usr/lib/os-release" }.Where(File.Exists).Select(File.ReadAllText).FirstOrDefault();

    public bool IsOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, executable)));

    /// <summary>"Uid: real effective saved fs" in /proc/self/status; null off Linux.</summary>
    private static string? EffectiveUserIdFromProc() =>
        File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))
                ?.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2)
            : null;
}
