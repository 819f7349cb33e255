namespace PyImages.Engine.Cli;

/// <summary>One process to start: what, with which arguments (never through a shell), and where its output goes.</summary>
/// <param name="Environment">Variables to set (a null value unsets one) on top of this process's environment.</param>
/// <param name="OnOutputLine">When set, every stdout/stderr line is streamed here and not kept in the result (build logs can be large).</param>
/// <param name="Timeout">Stops the process after this long and reports it as failed (exit code -1).</param>
/// <param name="StandardInput">Text written to the process's standard input (then closed); null leaves it empty.</param>
public sealed record ProcessSpec(
    string Executable,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string?>? Environment = null,
    Action<string>? OnOutputLine = null,
    TimeSpan? Timeout = null,
    string? StandardInput = null);
