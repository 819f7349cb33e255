namespace Build.Tests.Faults;

/// <summary>What a user saw from one <c>./build.sh</c> run: exit code, everything printed, how long it took.</summary>
public sealed record BuildShResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s:\n{Output}";
}
