using Serilog;

namespace PyImages.Engine.Cli;

/// <summary>
/// Asks the builder itself what it accepts, instead of guessing from versions: three tiny builds on a local image
/// with a shell (a plain control, <c>RUN --mount=type=cache</c>, <c>COPY --link</c>). Exit codes decide, never the
/// output. The result is cached per engine version (<see cref="BuilderProbeCache"/>), so a checkout pays once.
/// </summary>
public sealed class BuilderProbe(IContainerEngine engine, BuilderProbeCache cache, ILogger? logger = null)
{
    private const string ProbeRepository = "pyimages-builder-probe";
    private const string ProbeFile = "probe.txt";

    private readonly ILogger _log = logger ?? Log.ForContext<BuilderProbe>();

    /// <param name="claimed">What <see cref="IContainerEngine.ProbeAsync"/> reported.</param>
    /// <param name="imageWithShell">Any local image that can run <c>true</c> (the base image).</param>
    /// <param name="workDirectory">Where the probe's build context (removed afterwards) and build logs go.</param>
    public async Task<EngineInfo> ConfirmAsync(EngineInfo claimed, string imageWithShell, string workDirectory, CancellationToken cancellationToken)
    {
        var key = BuilderProbeCache.KeyFor(claimed, engine.Client.Variable(EngineClient.DockerBuildKitVariable));
        if (cache.Find(key) is { } known)
        {
            return claimed.ConfirmedBy(known);
        }

        var context = Path.Combine(workDirectory, $"builder-probe-{Guid.NewGuid():N}");
        Directory.CreateDirectory(context);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(context, ProbeFile), "probe\n", cancellationToken);
            var runMount = await BuildsAsync(context, "run-mount", imageWithShell, "RUN --mount=type=cache,target=/pyimages-probe true", cancellationToken);
            var found = BuilderCapabilities.FromProbeBuilds(
                await BuildsAsync(context, "control", imageWithShell, "RUN true", cancellationToken),
                runMount,
                await BuildsAsync(context, "copy-link", imageWithShell, $"COPY --link {ProbeFile} /{ProbeFile}", cancellationToken),
                runMount && await BindsFromCachedStageAsync(context, imageWithShell, cancellationToken));
            if (found is null)
            {
                _log.Warning("Builder probe: even a plain build on {Image} failed, so RUN --mount support stays as {Engine} reports it; see {Log}",
                    imageWithShell, engine.Executable, LogPath(workDirectory, "control"));
                return claimed;
            }

            cache.Save(key, found);
            return claimed.ConfirmedBy(found);
        }
        finally
        {
            TryDelete(context);
        }
    }

    private static string LogPath(string workDirectory, string name) => Path.Combine(workDirectory, $"builder-probe-{name}.log");

    /// <summary>
    /// Builds a two-stage file twice: the second time the first stage comes from the cache while the step that
    /// bind-mounts it changed, so it really runs against the cached stage.
    /// </summary>
    private async Task<bool> BindsFromCachedStageAsync(string context, string image, CancellationToken cancellationToken)
    {
        var nonce = Guid.NewGuid().ToString("N");
        string Dockerfile(string run) =>
            $"FROM {image} AS stage\nRUN echo {nonce} > /pyimages-probe-stage\nFROM {image}\n"
            + $"RUN --mount=type=bind,from=stage,source=/pyimages-probe-stage,target=/pyimages-probe grep -q {nonce} /pyimages-probe && echo {run}\n";
        return await BuildsAsync(context, "bind-stage", image, Dockerfile("first"), cancellationToken, wholeFile: true)
            && await BuildsAsync(context, "bind-cached-stage", image, Dockerfile("second"), cancellationToken, wholeFile: true);
    }

    private async Task<bool> BuildsAsync(string context, string name, string image, string line, CancellationToken cancellationToken, bool wholeFile = false)
    {
        var dockerfile = Path.Combine(context, $"Dockerfile.{name}");
        await File.WriteAllTextAsync(dockerfile, wholeFile ? line : $"FROM {image}\n{line}\n", cancellationToken);
        var tag = $"{ProbeRepository}:{name}-{Guid.NewGuid():N}";
        var labels = new Dictionary<string, string> { [ImageLabels.Project] = ImageLabels.ProjectValue };
        var result = await engine.BuildAsync(new BuildRequest(dockerfile, context, tag, labels, LogPath(Path.GetDirectoryName(context)!, name)), cancellationToken: cancellationToken);
        if (result.Succeeded)
        {
            await engine.RemoveImagesAsync([tag], cancellationToken);
        }

        _log.Information("Builder probe: {Probe} {Verdict} on {Engine} (exit code {ExitCode})",
            wholeFile ? name : $"`{line}`", result.Succeeded ? "builds" : "does not build", engine.Executable, result.ExitCode);
        return result.Succeeded;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Scratch space under artifacts/work; a leftover does no harm.
        }
    }
}
