using System.Text.RegularExpressions;

namespace PyImages.Engine.Cli;

/// <summary>
/// A container's environment reaches it through the environment of the docker/podman client process (<c>-e NAME</c>
/// without a value takes the value from there): values (an index URL with a token) never appear on a command line and
/// never rest in a file that would outlive a killed run.
/// </summary>
public static partial class ContainerEnvironment
{
    /// <summary>The variables as the client process gets them; refuses names the client itself would act on.</summary>
    public static IReadOnlyDictionary<string, string?>? ForClient(IReadOnlyDictionary<string, string>? variables)
    {
        if (variables is not { Count: > 0 })
        {
            return null;
        }

        if (variables.Keys.FirstOrDefault(name => !PortableName().IsMatch(name) || IsClientSetting(name)) is { } bad)
        {
            throw new PyImagesException(
                $"Environment variable '{bad}' cannot be passed to a container: a name of letters, digits and '_' is needed, "
                + "and none the docker or podman client reads itself (DOCKER_*, CONTAINERS_*, PATH, HOME, TMPDIR).");
        }

        return variables.ToDictionary(v => v.Key, v => (string?)v.Value);
    }

    private static bool IsClientSetting(string name) =>
        name.StartsWith("DOCKER_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("CONTAINERS_", StringComparison.OrdinalIgnoreCase)
        || name is "PATH" or "HOME" or "TMPDIR" or "XDG_RUNTIME_DIR";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PortableName();
}
