namespace BuildHost.Tooling;

/// <summary>Fluent settings: <c>s =&gt; s.SetProjectFile(...).SetConfiguration(...)</c>.</summary>
public delegate T Configure<T>(T settings);
