using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>Docker's tag grammar: a word character, then up to 127 word characters, '.' or '-'.</summary>
public static partial class ImageTag
{
    public const string Allowed = "up to 128 characters: a letter, digit or '_', then letters, digits, '_', '.' or '-'";

    public static bool IsValid(string? tag) => tag is not null && Tag().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex Tag();
}
