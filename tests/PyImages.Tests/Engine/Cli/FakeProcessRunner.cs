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
}
