namespace BuildHost.Execution;

/// <summary>Command-line names match case- and dash-insensitively.</summary>
internal static class TargetNames
{
    public static string Normalize(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public static ExecutableTarget Find(IReadOnlyList<ExecutableTarget> targets, string name) =>
        targets.FirstOrDefault(target => Normalize(target.Name) == Normalize(name))
        ?? throw new HostException(
            $"Unknown target '{name}'. Available targets: {string.Join(", ", targets.Where(t => !t.Definition.IsUnlisted).Select(t => t.Name))}.");
}
