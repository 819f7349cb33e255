namespace BuildHost.Execution;

/// <summary>A usage error (bad argument, unknown target, cycle): printed as one line, the run exits non-zero.</summary>
internal sealed class HostException(string message) : Exception(message);
