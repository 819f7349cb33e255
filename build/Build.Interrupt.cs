using System.Runtime.InteropServices;

partial class Build
{
    // Ctrl-C and SIGTERM cancel this token; the library stops the docker build or container it is running and
    // removes what it started, then the host marks the target Aborted and prints the summary.
    static readonly CancellationTokenSource Interrupt = new();

    static readonly PosixSignalRegistration[] CancelOnSignals =
    [
        PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Interrupt.Cancel()),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Interrupt.Cancel()),
    ];

    static CancellationToken Cancellation => Interrupt.Token;
}
