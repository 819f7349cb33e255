namespace BuildHost.Tooling;

public enum OutputType
{
    Std,
    Err,
}

public readonly record struct Output(OutputType Type, string Text);
