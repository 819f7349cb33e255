using Tomlyn;
using Tomlyn.Model;

namespace PyImages.Spec;

/// <summary>The [project].dependencies of a pyproject.toml (PEP 621), each a PEP 508 requirement.</summary>
public static class PyprojectDependencies
{
    public const string Source = AppSpec.PyprojectFileName + " [project].dependencies";

    /// <returns>Null when the file has no [project].dependencies.</returns>
    public static IReadOnlyList<PackageRequirement>? Parse(string text, List<string> errors)
    {
        TomlTable document;
        try
        {
            document = TomlSerializer.Deserialize<TomlTable>(text)!;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add($"{AppSpec.PyprojectFileName} is not valid TOML: {e.Message.ReplaceLineEndings(" ")}");
            return null;
        }

        if (!document.TryGetValue("project", out var project) || project is not TomlTable table
            || !table.TryGetValue("dependencies", out var dependencies))
        {
            return null;
        }

        if (dependencies is not TomlArray array || array.Any(item => item is not string))
        {
            errors.Add($"{Source} must be an array of strings (PEP 621), e.g. dependencies = [\"uwsgi==2.0.21\"].");
            return null;
        }

        var requirements = new List<PackageRequirement>();
        foreach (var item in array.Cast<string>())
        {
            if (PackageRequirement.TryParse(item, out var requirement, out var error))
            {
                requirements.Add(requirement);
            }
            else
            {
                errors.Add($"{Source} entry '{InputPreview.Of(item)}' is not valid: {error}.");
            }
        }

        return requirements;
    }
}
