using System.Text.RegularExpressions;

namespace PyImages.Engine.Cli;

/// <summary>
/// Reads build output from any builder: Docker's classic builder (<c>Step 3/5 : RUN ...</c>),
/// BuildKit with <c>--progress=plain</c> (<c>#7 [3/3] RUN ...</c>, <c>#7 ERROR: ...</c>) and Podman
/// (<c>STEP 3/5: RUN ...</c>, <c>[1/2] STEP 3/3: RUN ...</c> in multi-stage builds).
/// Nothing here decides success: exit codes and image inspection do that.
/// </summary>
public static partial class BuildOutput
{
    /// <summary>The output line without terminal colour codes and without BuildKit's <c>#N 1.234 </c> prefix (<c>1.234 </c> in its error summary).</summary>
    public static string Clean(string line)
    {
        var plain = AnsiEscape().Replace(line, string.Empty);
        return BuildKitTimestampPrefix().Replace(plain, string.Empty);
    }

    /// <summary>The Dockerfile step that was running when the build stopped, e.g. <c>RUN pip wheel ...</c>; null when none was seen.</summary>
    public static string? FailingStep(IReadOnlyList<string> lines)
    {
        var plain = lines.Select(l => AnsiEscape().Replace(l, string.Empty)).ToList();
        var failedVertex = plain.Select(l => BuildKitError().Match(l)).LastOrDefault(m => m.Success)?.Groups["id"].Value;
        string? step = null;
        foreach (var line in plain)
        {
            if (ClassicStep().Match(line) is { Success: true } classic)
            {
                step = classic.Groups["instruction"].Value;
            }
            else if (PodmanStep().Match(line) is { Success: true } podman)
            {
                step = podman.Groups["instruction"].Value;
            }
            else if (BuildKitStep().Match(line) is { Success: true } buildKit
                && (failedVertex is null || buildKit.Groups["id"].Value == failedVertex))
            {
                step = buildKit.Groups["instruction"].Value;
            }
        }

        return step?.Trim();
    }

    /// <summary>
    /// What the client or the engine itself said when a build stopped before any Dockerfile step ran (an unknown flag,
    /// a Dockerfile it cannot parse, no daemon): the first line with words of failure, else the first line at all,
    /// leaving out BuildKit's progress lines and the lines the engine wrapper writes itself (the command, a retry, the verdict).
    /// </summary>
    public static string? ClientError(IReadOnlyList<string> lines)
    {
        var said = lines.Select(Clean).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !BuildKitProgress().IsMatch(l) && !l.StartsWith(CliContainerEngine.CommandEcho, StringComparison.Ordinal) && !Verdict().IsMatch(l))
            .ToList();
        return said.FirstOrDefault(l => FailureWords().IsMatch(l)) ?? said.FirstOrDefault();
    }

    /// <summary>
    /// The last output line (cleaned, trimmed) that matches any pattern, or null. The last one, because
    /// tracebacks quote the source line (<c>raise Exception("...")</c>) before the message itself.
    /// </summary>
    public static string? LastMatch(IReadOnlyList<string> lines, IEnumerable<Regex> patterns)
    {
        var patternList = patterns.ToList();
        return lines.Select(Clean).LastOrDefault(line => patternList.Any(p => p.IsMatch(line)))?.Trim();
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^(#\d+ \d+\.\d+ ?|\d+\.\d{3} )")]
    private static partial Regex BuildKitTimestampPrefix();

    [GeneratedRegex(@"^Step \d+/\d+ : (?<instruction>.+)$")]
    private static partial Regex ClassicStep();

    [GeneratedRegex(@"^(\[\d+/\d+\] )?STEP \d+/\d+: (?<instruction>.+)$")]
    private static partial Regex PodmanStep();

    [GeneratedRegex(@"^#(?<id>\d+) \[(?!internal\])[^\]]+\] (?<instruction>.+)$")]
    private static partial Regex BuildKitStep();

    [GeneratedRegex(@"^#\d+ ")]
    private static partial Regex BuildKitProgress();

    [GeneratedRegex(@"^build (failed|succeeded|cancelled|retried)\b")]
    private static partial Regex Verdict();

    [GeneratedRegex(@"\b(error|unknown|failed|cannot|denied|not found|no such)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailureWords();

    [GeneratedRegex(@"^#(?<id>\d+) ERROR: ")]
    private static partial Regex BuildKitError();
}
