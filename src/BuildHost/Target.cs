namespace BuildHost;

/// <summary>A target: a property of the build returning <c>_ =&gt; _.Executes(...)</c>.</summary>
public delegate ITargetDefinition Target(ITargetDefinition _);
