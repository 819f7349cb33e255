using System.Reflection;

namespace BuildHost.Execution;

/// <summary>Finds the targets of a build: properties of type <see cref="Target"/> on the class and default members of its interfaces.</summary>
internal static class TargetDiscovery
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static IReadOnlyList<ExecutableTarget> Discover(NukeBuild build)
    {
        var byMethod = new Dictionary<MethodInfo, ExecutableTarget>();
        var targets = new List<ExecutableTarget>();
        foreach (var property in TargetProperties(build.GetType()))
        {
            var target = (Target)property.GetValue(build)!;
            var definition = new TargetDefinition(property.Name);
            target(definition);
            var executable = new ExecutableTarget(property.Name, definition, targets.Count, property.DeclaringType!);
            targets.Add(executable);
            byMethod[target.Method] = executable;
        }

        foreach (var target in targets)
            Connect(build, target, byMethod);
        return targets;
    }

    private static IEnumerable<PropertyInfo> TargetProperties(Type buildType)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var classProperties = HierarchyOf(buildType)
            .SelectMany(type => type.GetProperties(InstanceMembers | BindingFlags.DeclaredOnly))
            .Where(property => !property.Name.Contains('.'));
        var interfaceProperties = buildType.GetInterfaces()
            .SelectMany(type => type.GetProperties(InstanceMembers))
            .Where(property => property.GetMethod is { IsAbstract: false });
        return classProperties.Concat(interfaceProperties)
            .Where(property => property.PropertyType == typeof(Target) && property.GetMethod is not null)
            .Where(property => names.Add(property.Name));
    }

    private static IEnumerable<Type> HierarchyOf(Type type)
    {
        for (var current = type; current is not null && current != typeof(NukeBuild); current = current.BaseType)
            yield return current;
    }

    private static void Connect(NukeBuild build, ExecutableTarget target, Dictionary<MethodInfo, ExecutableTarget> byMethod)
    {
        var definition = target.Definition;
        IEnumerable<ExecutableTarget> Resolve(List<TargetReference> references) =>
            references.Select(reference => Lookup(build, target, reference, byMethod));

        target.Dependencies.AddRange(Resolve(definition.Dependencies));
        foreach (var dependent in Resolve(definition.Dependents))
            dependent.Dependencies.Add(target);
        foreach (var triggered in Resolve(definition.Triggered))
        {
            target.Triggers.Add(triggered);
            triggered.OrderedAfter.Add(target);
        }

        foreach (var trigger in Resolve(definition.TriggeredByTargets))
        {
            trigger.Triggers.Add(target);
            target.OrderedAfter.Add(trigger);
        }

        foreach (var later in Resolve(definition.RunsBefore))
            later.OrderedAfter.Add(target);
        target.OrderedAfter.AddRange(Resolve(definition.RunsAfter));
    }

    private static ExecutableTarget Lookup(
        NukeBuild build, ExecutableTarget from, TargetReference reference, Dictionary<MethodInfo, ExecutableTarget> byMethod) =>
        byMethod.TryGetValue(reference.Resolve(build).Method, out var found)
            ? found
            : throw new HostException($"Target '{from.Name}' refers to a target that is not a property of the build.");
}
