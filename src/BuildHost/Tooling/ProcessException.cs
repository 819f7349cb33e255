namespace BuildHost.Tooling;

/// <summary>A tool exited non-zero; the message names the command line and the exit code.</summary>
public sealed class ProcessException(string commandLine, int exitCode)
    : Exception($"Process '{commandLine}' exited with code {exitCode}.")
{
    public int ExitCode { get; } = exitCode;
}
