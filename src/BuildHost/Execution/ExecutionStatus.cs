namespace BuildHost.Execution;

internal enum ExecutionStatus
{
    Scheduled,
    Succeeded,
    Failed,
    Skipped,
    NotRun,
    Aborted,
}
