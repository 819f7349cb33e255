using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>
/// A distribution package name given by the user (build dependencies). Provider names such as Alpine's
/// <c>so:</c> and <c>cmd:</c> are generated only inside the templates, never accepted from input.
/// </summary>
public sealed partial record SystemPackageName(BaseFamily Family, string Name)
{
    public static string Allowed(BaseFamily family) => family switch
    {
        BaseFamily.Alpine => $"an Alpine package name: a lower-case letter or digit, then lower-case letters, digits, '+', '.', '_' or '-' (e.g. linux-headers, g++), at most {MaxLength} characters",
        _ => $"a Debian package name: a lower-case letter or digit, then at least one of lower-case letters, digits, '+', '.' or '-' (e.g. gcc, libc6-dev), at most {MaxLength} characters",
    };

    /// <summary>Debian's and Alpine's names are far shorter; a runaway value is refused.</summary>
    public const int MaxLength = 100;

    public override string ToString() => Name;

    public static SystemPackageName Parse(BaseFamily family, string text) =>
        TryParse(family, text, out var name)
            ? name
            : throw new PyImagesException($"System package '{InputPreview.Of(text)}' is not valid for {family}. Allowed: {Allowed(family)}.");

    public static bool TryParse(BaseFamily family, string? text, [NotNullWhen(true)] out SystemPackageName? name)
    {
        var valid = text is { Length: <= MaxLength } && (family == BaseFamily.Alpine ? AlpineName() : DebianName()).IsMatch(text);
        name = valid ? new SystemPackageName(family, text!) : null;
        return valid;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9+.-]+$")]
    private static partial Regex DebianName();

    [GeneratedRegex("^[a-z0-9][a-z0-9+._-]*$")]
    private static partial Regex AlpineName();
}
