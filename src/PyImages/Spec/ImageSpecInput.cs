namespace PyImages.Spec;

/// <summary>Raw values as they come from command-line parameters or JSON; null means "use the default".</summary>
/// <param name="Packages">One requirement per entry (requirements may contain spaces and commas).</param>
/// <param name="BuildDeps">Build dependencies for every family; an entry may hold several names separated by spaces or commas.</param>
/// <param name="Variants">Variant names or tags, e.g. "small"; null means all.</param>
/// <param name="App">The application folder; null builds the packages alone.</param>
/// <param name="Wsgi">MODULE:CALLABLE served with uWSGI; null: app:application (with an app).</param>
/// <param name="Command">The image's command as one line, split into words as a shell would; null: serve <paramref name="Wsgi"/>.</param>
/// <param name="Port">The port the app serves HTTP on; null: 8080.</param>
/// <param name="HealthPath">What Verify sends GET to; null: /.</param>
/// <param name="TimeZoneData">Copy the builder's time zone data (/usr/share/zoneinfo) into the distroless image.</param>
public sealed record ImageSpecInput(
    IReadOnlyList<string>? Packages = null,
    string? BaseImage = null,
    string? Repository = null,
    IReadOnlyList<string>? BuildDeps = null,
    string? RuntimeUid = null,
    IReadOnlyList<string>? Variants = null,
    string? App = null,
    string? Wsgi = null,
    string? Command = null,
    string? Port = null,
    string? HealthPath = null,
    bool TimeZoneData = false);
