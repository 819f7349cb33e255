namespace BuildHost;

/// <summary>
/// The member must have a value. On a component's member it is checked when a target of that component
/// (or of a component built on it) is about to run, so builds that use none of them need no value.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;
