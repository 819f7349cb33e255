using PyImages.Spec;

namespace PyImages.Pipeline;

/// <summary>The labels that name the application an image serves (OCI annotations where one exists).</summary>
internal static class AppLabels
{
    public const string App = "org.pyimages.app";
    public const string Revision = "org.opencontainers.image.revision";

    public static IReadOnlyDictionary<string, string> WithAppLabels(this Dictionary<string, string> labels, AppSpec? app)
    {
        if (app is not null)
        {
            labels[App] = app.Name;
            if (app.GitRevision is { } revision)
            {
                labels[Revision] = revision;
            }
        }

        return labels;
    }
}
