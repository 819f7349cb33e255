namespace BuildHost;

public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Verbose,
}
