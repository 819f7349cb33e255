using System.Reflection;
using BuildHost.Parameters;

namespace BuildHost.Execution;

/// <summary>
/// [Required] members without a value. A build's own member is always required; a component's member only when a
/// target of that component, or of a component built on it, runs (a build that runs none of them needs no value).
/// </summary>
internal static class RequiredMembers
{
    public static IEnumerable<string> Unmet(NukeBuild build, IReadOnlyList<ParameterMember> members, IReadOnlyList<ExecutableTarget> running)
    {
        foreach (var member in members.Where(member => member.Member.GetCustomAttribute<RequiredAttribute>() is not null))
        {
            var declaring = member.Member.DeclaringType!;
            var needed = !declaring.IsInterface || running.Any(target => target.DeclaringType.IsInterface && declaring.IsAssignableFrom(target.DeclaringType));
            if (needed && !(build.ParameterValues?.TryGet(member.Name, out var value) == true && value is not null))
                yield return $"Parameter '{member.Name}' is required: pass {member.Option} <value>, set it in .nuke/parameters.json or in the environment.";
        }
    }
}
