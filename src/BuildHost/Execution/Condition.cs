namespace BuildHost.Execution;

internal sealed record Condition(Func<bool> Evaluate, string Text);
