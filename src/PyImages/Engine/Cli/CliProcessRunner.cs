using System.ComponentModel;
using System.Text;
using CliWrap;

namespace PyImages.Engine.Cli;

/// <summary><see cref="IProcessRunner"/> on CliWrap: graceful interrupt on cancellation, forceful kill after <see cref="KillGracePeriod"/>.</summary>
public sealed class CliProcessRunner : IProcessRunner
{
    public static readonly TimeSpan KillGracePeriod = TimeSpan.FromSeconds(5);

    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var command = CliWrap.Cli.Wrap(spec.Executable)
            .WithArguments(spec.Arguments)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(Target(spec, stdout))
            .WithStandardErrorPipe(Target(spec, stderr));
        if (spec.StandardInput is not null)
        {
            command = command.WithStandardInputPipe(PipeSource.FromString(spec.StandardInput));
        }

        if (spec.Environment is not null)
        {
            command = command.WithEnvironmentVariables(spec.Environment!);
        }

        using var timeout = new CancellationTokenSource(spec.Timeout ?? Timeout.InfiniteTimeSpan);
        using var graceful = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var forceful = new CancellationTokenSource();
        await using var escalate = graceful.Token.Register(() => forceful.CancelAfter(KillGracePeriod));
        try
        {
            var result = await command.ExecuteAsync(forceful.Token, graceful.Token);
            return new ProcessResult(result.ExitCode, stdout.ToString(), stderr.ToString());
        }
        catch (Win32Exception e)
        {
            return new ProcessResult(ProcessResult.NotFoundExitCode, "", $"{spec.Executable}: cannot be started ({e.Message})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return new ProcessResult(-1, stdout.ToString(), $"{spec.Executable} did not finish within {spec.Timeout} and was stopped\n{stderr}");
        }
    }

    private static PipeTarget Target(ProcessSpec spec, StringBuilder buffer) =>
        spec.OnOutputLine is { } onLine ? PipeTarget.ToDelegate(onLine) : PipeTarget.ToStringBuilder(buffer);
}
