using System.Globalization;
using System.Text.RegularExpressions;

namespace PyImages.Spec;

/// <summary>Reads and checks an application folder and its serving options, adding every problem to the spec's error list.</summary>
internal static partial class AppSpecFactory
{
    public const string UwsgiName = "uwsgi";

    public static AppSpec? Create(ImageSpecInput input, List<string> errors)
    {
        if (input.App is null)
        {
            if (input.Wsgi is not null || input.Command is not null || input.Port is not null || input.HealthPath is not null)
            {
                errors.Add("--wsgi, --command, --port and --health-path describe an application: give its folder with --app DIR.");
            }

            return null;
        }

        var port = ParsePort(input.Port, errors);
        var healthPath = ParseHealthPath(input.HealthPath, errors);
        var directory = Path.GetFullPath(input.App);
        if (!Directory.Exists(directory))
        {
            errors.Add($"app: the folder '{InputPreview.Of(input.App)}' does not exist. Give the folder that holds the application's code and its "
                + $"{AppSpec.RequirementsFileName} (or {AppSpec.PyprojectFileName}).");
            return null;
        }

        var (source, requirements, hashes) = ReadRequirements(directory, input.App, errors);
        var files = AppFiles.List(directory, errors);
        var command = ParseCommand(input, port, errors);
        var name = Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        return new AppSpec(directory, name, files, source, requirements, hashes, command, port, healthPath, GitRevision.Of(directory));
    }

    private static (string Source, IReadOnlyList<PackageRequirement> Requirements, bool Hashes) ReadRequirements(string directory, string given, List<string> errors)
    {
        var requirementsFile = Path.Combine(directory, AppSpec.RequirementsFileName);
        if (File.Exists(requirementsFile))
        {
            var parsed = RequirementsFile.Parse(AppSpec.RequirementsFileName, File.ReadAllText(requirementsFile), errors);
            if (parsed.Requirements.Count == 0 && errors.Count == 0)
            {
                errors.Add($"app: {AppSpec.RequirementsFileName} in '{InputPreview.Of(given)}' names no requirement; list at least the server (e.g. uwsgi==2.0.21).");
            }

            return (AppSpec.RequirementsFileName, parsed.Requirements, parsed.HasHashes);
        }

        var pyproject = Path.Combine(directory, AppSpec.PyprojectFileName);
        if (File.Exists(pyproject) && PyprojectDependencies.Parse(File.ReadAllText(pyproject), errors) is { } dependencies)
        {
            return (PyprojectDependencies.Source, dependencies, false);
        }

        errors.Add($"app: '{InputPreview.Of(given)}' has no requirements: neither {AppSpec.RequirementsFileName} nor [project].dependencies in "
            + $"{AppSpec.PyprojectFileName}. Add a {AppSpec.RequirementsFileName} that lists what the application needs (e.g. uwsgi==2.0.21).");
        return (AppSpec.RequirementsFileName, [], false);
    }

    private static IReadOnlyList<string> ParseCommand(ImageSpecInput input, int port, List<string> errors)
    {
        if (input.Command is not null)
        {
            if (input.Wsgi is not null)
            {
                errors.Add("--wsgi and --command both say what the image runs: give one of them.");
            }

            return ImageSpecFactory.Collect(() => CommandWords.Split(input.Command), errors) ?? [];
        }

        var wsgi = ImageSpecFactory.Collect(() => WsgiCallable.Parse(input.Wsgi ?? AppSpec.DefaultWsgi), errors);
        return wsgi?.UwsgiCommand(port, AppSpec.ImageDirectory) ?? [];
    }

    /// <summary>Served with --wsgi (or its default), the image runs uWSGI: it must be among the image's packages, the app's or those --packages adds.</summary>
    public static void RequireServer(ImageSpecInput input, AppSpec app, IReadOnlyList<PackageRequirement> packages, List<string> errors)
    {
        if (input.Command is null && app.Requirements.Count > 0 && !packages.Any(p => p.NormalizedName == UwsgiName))
        {
            errors.Add($"--wsgi {input.Wsgi ?? AppSpec.DefaultWsgi}: the image serves the WSGI callable with uWSGI, but uWSGI is not among the "
                + "requirements. Add it (e.g. uwsgi==2.0.21) to the app's requirements, or give --command to serve another way.");
        }
    }

    private static int ParsePort(string? raw, List<string> errors)
    {
        if (raw is null)
        {
            return AppSpec.DefaultPort;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
        {
            return port;
        }

        errors.Add($"--port '{InputPreview.Of(raw)}' is not valid. Allowed: a TCP port, a whole number from 1 to 65535 (default {AppSpec.DefaultPort}).");
        return AppSpec.DefaultPort;
    }

    private static string ParseHealthPath(string? raw, List<string> errors)
    {
        if (raw is null)
        {
            return AppSpec.DefaultHealthPath;
        }

        if (raw.Length <= 200 && HealthPathShape().IsMatch(raw))
        {
            return raw;
        }

        errors.Add($"--health-path '{InputPreview.Of(raw)}' is not valid. Allowed: a path that starts with '/', of letters, digits and "
            + "- . _ ~ / ? = & % +, at most 200 characters (default /).");
        return AppSpec.DefaultHealthPath;
    }

    [GeneratedRegex(@"^/[A-Za-z0-9\-._~/?=&%+]*$")]
    private static partial Regex HealthPathShape();
}
