using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PyImages.Tests.Sources;

/// <summary>Whose files a step left: what a non-root user (a GitHub runner's) can read and delete.</summary>
internal static class FileOwnership
{
    public static uint CurrentUid => geteuid();

    /// <summary>Every file and folder under <paramref name="directory"/> not owned by the current user.</summary>
    public static IReadOnlyList<string> NotOwnedByMe(string directory)
    {
        using var find = Process.Start(new ProcessStartInfo("find", [directory, "!", "-uid", CurrentUid.ToString()]) { RedirectStandardOutput = true })!;
        var output = find.StandardOutput.ReadToEnd();
        find.WaitForExit();
        Assert.Equal(0, find.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
