using System.Runtime.InteropServices;

namespace BuildHost.Execution;

/// <summary>
/// SIGINT and SIGTERM request an abort instead of killing the process; other registrations for the same
/// signals (the build's own cancellation) still run.
/// </summary>
internal sealed class SignalHandling : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations;

    public SignalHandling(AbortController abort)
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                abort.RequestAbort();
            }))];
    }

    public void Dispose() => _registrations.ForEach(registration => registration.Dispose());
}
