namespace PyImages.Verification;

/// <summary>Names of the checks as the check script prints them and the report shows them.</summary>
public static class CheckNames
{
    public const string Import = "import";
    public const string EntryPoints = "entry points";
    public const string NoCompiler = "no compiler";
    public const string SharedLibraries = "shared libraries";
    public const string NonRoot = "non-root";
    public const string NoWorldWritableFiles = "no world-writable files";
    public const string NoShell = "no shell or package manager";
    public const string EveryModuleImports = "every module imports";

    /// <summary>An application's image, started with its own command, answers GET with 2xx.</summary>
    public const string Http = "http";

    /// <summary>The container did not start, or the script printed no readable result.</summary>
    public const string ScriptRun = "check script run";
}
