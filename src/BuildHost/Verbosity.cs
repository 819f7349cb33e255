namespace BuildHost;

/// <summary>Console verbosity, in NUKE's order.</summary>
public enum Verbosity
{
    Verbose,
    Normal,
    Minimal,
    Quiet,
}
