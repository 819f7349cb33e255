using PyImages.Engine;
using PyImages.Pipeline;

namespace PyImages.Tests.Pipeline;

/// <summary>An image built from a Dockerfile a test wrote (from the run's fetched sources), removed again when disposed.</summary>
internal sealed class HandBuiltImage : IAsyncDisposable
{
    private readonly PyImagesRun _run;

    private HandBuiltImage(PyImagesRun run, string reference, string dockerfile, BuildResult build)
    {
        _run = run;
        Reference = reference;
        Dockerfile = dockerfile;
        Build = build;
    }

    public string Reference { get; }

    public string Dockerfile { get; }

    public BuildResult Build { get; }

    /// <param name="name">Names the Dockerfile (Dockerfile.NAME in the run's work folder) and its log.</param>
    public static async Task<HandBuiltImage> BuildAsync(PyImagesRun run, string reference, string name, string text, bool noCache = false)
    {
        var sources = await run.FetchAsync();
        var dockerfile = Path.Combine(run.Layout.Work, $"Dockerfile.{name}");
        await File.WriteAllTextAsync(dockerfile, text);
        var build = await run.ContainerEngine.BuildAsync(
            new BuildRequest(dockerfile, sources.Directory, reference, new Dictionary<string, string>(), dockerfile + ".log", NoCache: noCache));
        return new HandBuiltImage(run, reference, dockerfile, build);
    }

    public async ValueTask DisposeAsync() => await _run.ContainerEngine.RemoveImagesAsync([Reference]);
}
