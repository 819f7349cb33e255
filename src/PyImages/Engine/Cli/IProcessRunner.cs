namespace PyImages.Engine.Cli;

/// <summary>Starts processes. The engine, provisioner and base-image steps go through it so tests can fake the machine.</summary>
public interface IProcessRunner
{
    /// <summary>
    /// Runs the process to its end. A missing executable gives <see cref="ProcessResult.NotFoundExitCode"/>, not an exception.
    /// Cancelling interrupts the process (SIGINT), kills it a few seconds later if it is still there, then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default);
}
