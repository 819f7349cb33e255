namespace BuildHost.Execution;

/// <summary>Carries an abort request (Ctrl-C, SIGTERM) to the runner, which lets the running target end and skips the rest.</summary>
internal sealed class AbortController
{
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromSeconds(30);

    public TimeSpan GracePeriod { get; init; } = DefaultGracePeriod;

    public Task Requested => _requested.Task;

    public bool IsRequested => _requested.Task.IsCompleted;

    public void RequestAbort() => _requested.TrySetResult();
}
