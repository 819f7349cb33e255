using PyImages.Sources;
using PyImages.Spec;
using PyImages.Verification;

namespace PyImages.Pipeline;

public sealed partial class PyImagesRun
{
    private string? _appContext;

    /// <summary>The folder an image is built from: the sources alone, or for an app the sources and its files staged once a run.</summary>
    private string BuildContext(FetchedSources sources)
    {
        if (ImageSpec.App is not { } app)
        {
            return sources.Directory;
        }

        if (_appContext is null)
        {
            _appContext = AppContextStager.Stage(sources, app, Layout.AppContext);
            _log.Information("App {Name}: requirements from {Source}, files staged in {Context}", app.Name, app.RequirementsSource, _appContext);
        }

        return _appContext;
    }

    /// <summary>How long an application's command may take to answer in Verify.</summary>
    public TimeSpan AnswerTimeout { get; init; } = HttpCheckRequest.DefaultTimeout;

    private async Task<VerificationResult> WithHttpCheckAsync(VerificationResult result, string reference, string python, CancellationToken cancellationToken)
    {
        var app = ImageSpec.App!;
        var check = await HttpCheck.RunAsync(ContainerEngine, new HttpCheckRequest(reference, python, app.Port, app.HealthPath, AnswerTimeout), cancellationToken);
        return result with { Checks = [.. result.Checks, check] };
    }
}
