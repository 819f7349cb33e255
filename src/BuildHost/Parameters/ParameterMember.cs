using System.Reflection;

namespace BuildHost.Parameters;

/// <summary>A field or property carrying <see cref="ParameterAttribute"/>, on the build class or an interface it implements.</summary>
internal sealed record ParameterMember(MemberInfo Member, ParameterAttribute Attribute, Type Type, bool IsSecret)
{
    private const BindingFlags AllInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public string Name => Attribute.Name ?? Member.Name;

    public string Option => "--" + ParameterNames.ToKebabCase(Name);

    public bool IsOnInterface => Member.DeclaringType!.IsInterface;

    public static ParameterMember? From(MemberInfo member)
    {
        if (member.GetCustomAttribute<ParameterAttribute>() is not { } attribute)
            return null;
        var type = member switch
        {
            FieldInfo field => field.FieldType,
            PropertyInfo property => property.PropertyType,
            _ => throw new ArgumentException($"{member.Name} is neither a field nor a property."),
        };
        return new ParameterMember(member, attribute, type, member.GetCustomAttribute<SecretAttribute>() is not null);
    }

    public static IReadOnlyList<ParameterMember> Discover(Type buildType)
    {
        var classMembers = Hierarchy(buildType).SelectMany(type => type.GetMembers(AllInstance));
        var interfaceMembers = buildType.GetInterfaces().SelectMany(type => type.GetProperties(AllInstance));
        return classMembers.Concat(interfaceMembers)
            .Where(member => member is FieldInfo or PropertyInfo)
            .Select(From).OfType<ParameterMember>()
            .DistinctBy(parameter => ParameterNames.Normalize(parameter.Name))
            .ToList();
    }

    public void Assign(object build, object? value)
    {
        switch (Member)
        {
            case FieldInfo field:
                field.SetValue(build, value);
                break;
            case PropertyInfo { SetMethod: not null } property:
                property.SetValue(build, value);
                break;
            case PropertyInfo property:
                var backing = property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", AllInstance)
                    ?? throw new InvalidOperationException($"Parameter property '{property.Name}' has no setter and no backing field.");
                backing.SetValue(build, value);
                break;
        }
    }

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        for (var current = type; current is not null && current != typeof(NukeBuild); current = current.BaseType)
            yield return current;
    }
}
