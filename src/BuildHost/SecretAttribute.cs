namespace BuildHost;

/// <summary>The parameter's value is masked in every log line.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter)]
public class SecretAttribute : Attribute;
