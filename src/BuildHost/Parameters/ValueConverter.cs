using System.Globalization;
using BuildHost.Components;
using BuildHost.IO;
using BuildHost.ProjectModel;

namespace BuildHost.Parameters;

/// <summary>Turns the text values given for a parameter into its declared type.</summary>
internal static class ValueConverter
{
    public static object? Convert(ParameterMember member, IReadOnlyList<string> values, AbsolutePath root) =>
        member.Type == typeof(Solution) || member.Attribute is SolutionAttribute
            ? SolutionReader.Read(ConvertSingle(typeof(AbsolutePath), One(values), root) as AbsolutePath ?? throw new FormatException("not a path"))
            : Convert(member.Type, values, root);

    public static object? Convert(Type type, IReadOnlyList<string> values, AbsolutePath root)
    {
        if (type.IsArray)
        {
            if (values.Count == 0)
                throw new FormatException("the list is empty: give at least one value, or leave the parameter out for its default");
            var elementType = type.GetElementType()!;
            var array = Array.CreateInstance(elementType, values.Count);
            for (var i = 0; i < values.Count; i++)
                array.SetValue(ConvertSingle(elementType, values[i], root), i);
            return array;
        }

        if (values.Count == 0 && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
            return true;
        return ConvertSingle(Nullable.GetUnderlyingType(type) ?? type, One(values), root);
    }

    private static string One(IReadOnlyList<string> values) => values switch
    {
        [var single] => single,
        [] => throw new FormatException("a value is missing"),
        _ => throw new FormatException($"it takes one value, got {values.Count}: {string.Join(" ", values.Select(value => $"'{value}'"))}"),
    };

    public static string Describe(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray)
            return Describe(underlying.GetElementType()!) + "[]";
        if (underlying.IsEnum)
            return string.Join("|", Enum.GetNames(underlying));
        if (underlying == typeof(Configuration))
            return string.Join("|", Configuration.All);
        return underlying switch
        {
            _ when underlying == typeof(string) => "string",
            _ when underlying == typeof(bool) => "bool",
            _ when underlying == typeof(int) => "int",
            _ when underlying == typeof(AbsolutePath) => "path",
            _ => underlying.Name,
        };
    }

    private static object ConvertSingle(Type type, string value, AbsolutePath root)
    {
        if (type == typeof(string))
            return value;
        if (type == typeof(AbsolutePath))
            return Path.IsPathRooted(value) ? AbsolutePath.Create(value) : root / value;
        if (type == typeof(bool))
            return bool.TryParse(value, out var flag) ? flag : throw new FormatException($"'{value}' is not true or false");
        if (type == typeof(int))
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new FormatException($"'{value}' is not a whole number");
        if (type == typeof(Configuration))
        {
            return Configuration.All.FirstOrDefault(configuration => ParameterNames.Normalize(configuration) == ParameterNames.Normalize(value))
                ?? throw new FormatException($"'{value}' is not one of {string.Join(", ", Configuration.All)}");
        }

        if (type.IsEnum)
        {
            var match = Enum.GetNames(type).FirstOrDefault(name => ParameterNames.Normalize(name) == ParameterNames.Normalize(value));
            return match is not null
                ? Enum.Parse(type, match)
                : throw new FormatException($"'{value}' is not one of {string.Join(", ", Enum.GetNames(type))}");
        }

        throw new FormatException($"parameters of type {type.Name} are not supported");
    }
}
