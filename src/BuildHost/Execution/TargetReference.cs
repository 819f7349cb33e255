namespace BuildHost.Execution;

/// <summary>Points at a target through the delegate its property returned; resolved to a name by the lambda's method.</summary>
internal sealed record TargetReference(Func<NukeBuild, Target> Resolve);
