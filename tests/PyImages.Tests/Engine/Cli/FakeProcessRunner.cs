using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

/// <summary>Records every process started and answers from a rule; unmatched commands "succeed" with no output.</summary>
internal sealed class FakeProcessRunner(Func<ProcessSpec, ProcessResult?>? answer = null) : IProcessRunner
{
    public List<string> Commands { get; } = [];

    public Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        Commands.Add($"{spec.Executable} {string.Join(' ', spec.Arguments)}");
        return Task.FromResult(answer?.Invoke(spec) ?? new ProcessResult(0, "", ""));
    }

    /// <summary>What a build client does on success: writes the image id into the file its <c>--iidfile</c> names.</summary>
    public static ProcessResult BuiltImage(ProcessSpec spec, string printedId, int exitCode = 0)
    {
        var at = spec.Arguments.ToList().IndexOf("--iidfile");
        if (exitCode == 0 && at >= 0)
        {
            File.WriteAllText(spec.Arguments[at + 1], printedId);
        }

        return new ProcessResult(exitCode, "", "");
    }
}
