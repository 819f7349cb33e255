namespace BuildHost;

/// <summary>What happens to a skipped target's dependencies (<c>WhenSkipped</c>).</summary>
public enum DependencyBehavior
{
    Execute,
    Skip,
}
