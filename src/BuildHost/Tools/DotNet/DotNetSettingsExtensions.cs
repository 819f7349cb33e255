namespace BuildHost.Tools.DotNet;

/// <summary>The fluent setters NUKE generates for the dotnet settings used here.</summary>
public static class DotNetSettingsExtensions
{
    public static T SetProjectFile<T>(this T settings, string? projectFile) where T : DotNetSettings =>
        settings with { ProjectFile = projectFile };

    /// <summary>NUKE names the target of <c>dotnet clean</c> "Project".</summary>
    public static DotNetCleanSettings SetProject(this DotNetCleanSettings settings, string? project) =>
        settings with { ProjectFile = project };

    public static T SetConfiguration<T>(this T settings, string? configuration) where T : DotNetSettings =>
        settings with { Configuration = configuration };

    public static T SetVerbosity<T>(this T settings, DotNetVerbosity? verbosity) where T : DotNetSettings =>
        settings with { Verbosity = verbosity };

    public static T EnableNoRestore<T>(this T settings) where T : DotNetSettings => settings with { NoRestore = true };

    public static T SetNoRestore<T>(this T settings, bool noRestore) where T : DotNetSettings => settings with { NoRestore = noRestore };

    public static DotNetRestoreSettings SetIgnoreFailedSources(this DotNetRestoreSettings settings, bool ignore) =>
        settings with { IgnoreFailedSources = ignore };

    public static DotNetBuildSettings EnableContinuousIntegrationBuild(this DotNetBuildSettings settings) =>
        settings with { ContinuousIntegrationBuild = true };

    public static T SetProcessWorkingDirectory<T>(this T settings, string? directory) where T : DotNetSettings =>
        settings with { ProcessWorkingDirectory = directory };

    public static DotNetTestSettings EnableNoBuild(this DotNetTestSettings settings) => settings with { NoBuild = true };

    public static DotNetTestSettings SetNoBuild(this DotNetTestSettings settings, bool noBuild) => settings with { NoBuild = noBuild };

    public static DotNetTestSettings SetResultsDirectory(this DotNetTestSettings settings, string? directory) =>
        settings with { ResultsDirectory = directory };

    public static DotNetTestSettings SetLoggers(this DotNetTestSettings settings, params string[] loggers) =>
        settings with { Loggers = loggers };

    public static DotNetTestSettings AddLoggers(this DotNetTestSettings settings, params string[] loggers) =>
        settings with { Loggers = [.. settings.Loggers, .. loggers] };

    public static DotNetTestSettings SetFilter(this DotNetTestSettings settings, string? filter) => settings with { Filter = filter };
}
