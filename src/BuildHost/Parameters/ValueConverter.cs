using System.Globalization;
using BuildHost.IO;

namespace BuildHost.Parameters;

/// <summary>Turns the text values given for a parameter into its declared type.</summary>
internal static class ValueConverter
{
    public static object? Convert(Type type, IReadOnlyList<string> values, AbsolutePath root)
    {
        if (type.IsArray)
        {
            var elementType = type.GetElementType()!;
            var array = Array.CreateInstance(elementType, values.Count);
            for (var i = 0; i < values.Count; i++)
                array.SetValue(ConvertSingle(elementType, values[i], root), i);
            return array;
        }

        if (values.Count == 0)
            return (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool) ? true : throw new FormatException("a value is missing");
        if (values.Count > 1)
            throw new FormatException($"it takes one value, got {values.Count}: '{string.Join(" ", values)}'");
        return ConvertSingle(Nullable.GetUnderlyingType(type) ?? type, values[0], root);
    }

    public static string Describe(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray)
            return Describe(underlying.GetElementType()!) + "[]";
        if (underlying.IsEnum)
            return string.Join("|", Enum.GetNames(underlying));
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
