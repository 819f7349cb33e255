using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PyImages.Templates;

/// <summary>
/// Loads templates by name: a shape such as "multi-stage" from the Templates folder, a partial such as
/// "install-build-deps" from Templates/partials. The embedded resources are the default source; tests pass their own.
/// </summary>
internal sealed class TemplateLoader(Func<string, string?> read) : ITemplateLoader
{
    private const string ResourcePrefix = "PyImages.Templates.";

    public static TemplateLoader Embedded { get; } = new(ReadEmbedded);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => PartialPath(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Read(templatePath));

    public static string ShapePath(string name) => name + ".sbn";

    public static string PartialPath(string name) => "partials/" + name + ".sbn";

    public string Read(string path) =>
        read(path) ?? throw new PyImagesException($"Template '{path}' does not exist among PyImages' embedded templates.");

    private static string? ReadEmbedded(string path)
    {
        using var stream = typeof(TemplateLoader).Assembly.GetManifestResourceStream(ResourcePrefix + path);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
