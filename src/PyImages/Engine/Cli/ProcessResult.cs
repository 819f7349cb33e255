namespace PyImages.Engine.Cli;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>What <see cref="IProcessRunner"/> reports when the executable does not exist.</summary>
    public const int NotFoundExitCode = 127;

    public bool Succeeded => ExitCode == 0;

    /// <summary>The first line that says what went wrong: an "ERROR"/"Error" line when there is one, else the first non-empty line of stderr, then stdout.</summary>
    public string FirstErrorLine
    {
        get
        {
            var lines = (StandardError + "\n" + StandardOutput)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.FirstOrDefault(l => l.StartsWith("error", StringComparison.OrdinalIgnoreCase))
                ?? lines.FirstOrDefault()
                ?? $"exit code {ExitCode}, no output";
        }
    }
}
