using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Inspection;
using PyImages.Pipeline.Steps;
using PyImages.Sources;
using PyImages.Spec;
using PyImages.Verification;
using Serilog;

namespace PyImages.Pipeline;

/// <summary>
/// One run of PyImages: the thin orchestration of DESIGN.md's data flow. Each step (Pipeline/Steps) takes the values
/// the earlier steps returned and returns its own; this class only passes them on, remembers the few that every later
/// step needs (the engine session, the prepared base, the fetched sources: each made once a run), and records each
/// step's result under artifacts/state so a later run's Report can read it. The spec is validated in the constructor,
/// before any engine, image or file is touched.
/// </summary>
public sealed partial class PyImagesRun : IDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(30);

    private readonly PipelineSettings _settings;
    private readonly ILogger _log;
    private RunLock? _lock;
    private Task<EngineSession>? _session;
    private Task<PreparedEngine>? _prepared;
    private Task<FetchedSources>? _sources;
    private string? _appContext;

    public PyImagesRun(PipelineSettings settings, ILogger? logger = null)
    {
        _settings = settings;
        _log = logger ?? Log.Logger;
        ImageSpec = ImageSpecFactory.Create(settings.Spec);
        Checks = CheckSelection.Parse(settings.Checks, hasApp: ImageSpec.App is not null);
        Layout = new ArtifactLayout(Path.GetFullPath(settings.ArtifactsDirectory));
        State = new StateStore(Layout.State);
        Owner = CheckoutIdentity.For(Layout.Root, ImageSpec.Repository.ToString());
    }

    /// <summary>This checkout and repository: on every image and container the run makes, and all that Clean and the report act on.</summary>
    public CheckoutIdentity Owner { get; }

    public ImageSpec ImageSpec { get; }

    /// <summary>Which checks Verify runs; those left out are recorded as not run.</summary>
    public CheckSelection Checks { get; }

    public ArtifactLayout Layout { get; }

    /// <summary>How long an application's command may take to answer in Verify.</summary>
    public TimeSpan AnswerTimeout { get; init; } = HttpCheckRequest.DefaultTimeout;

    /// <summary>Values that must never be written anywhere: the index URL and the credentials in it.</summary>
    public IReadOnlyList<string> Secrets => SecretValues.Of(_settings.IndexUrl);

    private StateStore State { get; }

    private HostHints Hints => _settings.Hints ?? HostHints.Neutral;

    /// <summary>The engine the run uses, once <see cref="EnsureEngineAsync"/> has run.</summary>
    public IContainerEngine ContainerEngine => _session is { IsCompletedSuccessfully: true } session
        ? session.Result.Engine
        : throw new InvalidOperationException("EnsureEngineAsync has not run.");

    public void Dispose() => _lock?.Dispose();

    /// <summary>The engine step: an engine that answers (installed and started when allowed), with the checkout's run lock held.</summary>
    public async Task<EngineInfo> EnsureEngineAsync(CancellationToken cancellationToken = default) => (await SessionAsync(cancellationToken)).Info;

    /// <summary>The base image step: the base really used, with the builder's features confirmed on it.</summary>
    public async Task<BaseImageFacts> EnsureBaseImageAsync(CancellationToken cancellationToken = default) => (await PrepareAsync(cancellationToken)).Base;

    /// <summary>The base image step's whole value: the engine with its builder as probe builds confirmed it, and the base.</summary>
    public Task<PreparedEngine> PrepareAsync(CancellationToken cancellationToken = default) => _prepared ??= PrepareOnceAsync(cancellationToken);

    /// <summary>The fetch step: the packages' sources in artifacts/sources.</summary>
    public Task<FetchedSources> FetchAsync(CancellationToken cancellationToken = default) =>
        _sources ??= FetchOnceAsync(cancellationToken);

    /// <summary>The Dockerfile for a variant, as the build would use it, written to artifacts/dockerfiles.</summary>
    public async Task<string> RenderAsync(Variant variant, CancellationToken cancellationToken = default) =>
        RenderStep.Render(ImageSpec, variant, await PrepareAsync(cancellationToken), Owner, Layout.Dockerfiles);

    /// <summary>
    /// Fetches, renders and builds one variant, and records the outcome (and the image, when one was made). Throws,
    /// naming the variant, the failing step and the last lines, when the build did not do what the variant expects.
    /// </summary>
    public async Task<VariantOutcome> BuildAsync(Variant variant, CancellationToken cancellationToken = default)
    {
        var info = VariantCatalog.Get(variant);
        var sources = await FetchAsync(cancellationToken);
        var prepared = await PrepareAsync(cancellationToken);
        var dockerfile = RenderStep.Render(ImageSpec, variant, prepared, Owner, Layout.Dockerfiles);
        var (outcome, built) = await BuildStep.BuildAsync(
            prepared, info, ImageFor(info), dockerfile, BuildContext(sources), Layout.BuildLog(info.Name),
            State.Load<BuiltImage>(StateNames.Built(info.Name)), _log, cancellationToken);

        await State.SaveAsync(StateNames.Outcome(info.Name), outcome, cancellationToken);
        if (built is not null)
        {
            await RecordBuiltAsync(built, cancellationToken);
        }

        return outcome.IsSuccess ? outcome : throw new PyImagesException(outcome.Describe());
    }

    /// <summary>Verifies every image this checkout built of the requested variants; fails naming the check, the image and the output.</summary>
    public async Task<IReadOnlyList<VerificationResult>> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<VerificationResult>();
        foreach (var (variant, image) in await BuiltImagesAsync("Verify", cancellationToken))
        {
            var result = await VerifyImageAsync(variant, ImageFor(variant), cancellationToken);
            await State.SaveAsync(StateNames.Verification(variant.Name), new ImageState<VerificationResult>(image.Id, result), cancellationToken);
            results.Add(result);
        }

        VerificationFailure.ThrowIfAnyFailed(results);
        return results;
    }

    /// <summary>Verifies one image as the variant's rules say, under any reference (tests verify deliberately broken images).</summary>
    public async Task<VerificationResult> VerifyImageAsync(VariantInfo variant, string reference, CancellationToken cancellationToken = default) =>
        await VerifyStep.VerifyAsync(await PrepareAsync(cancellationToken), ImageSpec, variant, reference, Checks, AnswerTimeout, _log, cancellationToken);

    /// <summary>Analyzes every image this checkout built of the requested variants and records what it measured.</summary>
    public async Task<IReadOnlyList<(VariantInfo Variant, LayerAnalysis Analysis)>> AnalyzeAsync(CancellationToken cancellationToken = default)
    {
        var analyses = new List<(VariantInfo, LayerAnalysis)>();
        foreach (var (variant, image) in await BuiltImagesAsync("Analyze", cancellationToken))
        {
            var analysis = await AnalyzeStep.AnalyzeAsync(await PrepareAsync(cancellationToken), variant, ImageFor(variant), Layout.Work, _log, cancellationToken);
            await State.SaveAsync(StateNames.Analysis(variant.Name), new ImageState<AnalysisRecord>(image.Id, new AnalysisRecord(analysis.Report, analysis.InstalledBytes)), cancellationToken);
            analyses.Add((variant, analysis.Layers));
        }

        return analyses;
    }

    /// <summary>Layer analysis of any image the engine has, under no variant's rules.</summary>
    public async Task<LayerAnalysis> AnalyzeImageAsync(string reference, CancellationToken cancellationToken = default) =>
        (await AnalyzeStep.AnalyzeAsync(await PrepareAsync(cancellationToken), null, reference, Layout.Work, _log, cancellationToken)).Layers;

    /// <summary>Clean: removes what this checkout built for its repository (see <see cref="CleanStep"/>); never installs an engine to do it.</summary>
    public async Task<CleanResult> RemoveImagesAsync(CancellationToken cancellationToken = default)
    {
        await LockAsync(cancellationToken);
        var (session, whyNone) = _session is { IsCompletedSuccessfully: true } started
            ? (started.Result, null)
            : await EngineStep.FindAsync(_settings, Owner, Layout, cancellationToken);
        if (session is null)
        {
            _log.Information("Clean: no engine answers, so there are no images to remove ({Reason})", whyNone);
            return CleanResult.Nothing;
        }

        return await CleanStep.CleanAsync(session.Engine, Owner, State.Load<List<string>>(StateNames.BuiltImages) ?? [], _log, cancellationToken);
    }

    private Task<EngineSession> SessionAsync(CancellationToken cancellationToken) => _session ??= StartSessionAsync(cancellationToken);

    private async Task<EngineSession> StartSessionAsync(CancellationToken cancellationToken)
    {
        await LockAsync(cancellationToken);
        return await EngineStep.StartAsync(_settings, Owner, Layout, _log, cancellationToken);
    }

    private async Task<PreparedEngine> PrepareOnceAsync(CancellationToken cancellationToken) =>
        await BaseImageStep.PrepareAsync(await SessionAsync(cancellationToken), ImageSpec.BaseImage.ToString(), _settings.BootstrapBase, Layout, _log, cancellationToken);

    private async Task<FetchedSources> FetchOnceAsync(CancellationToken cancellationToken) =>
        await FetchStep.FetchAsync(await PrepareAsync(cancellationToken), ImageSpec, Layout.Sources, _settings.IndexUrl, _log, cancellationToken);

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

    /// <summary>Holds the checkout's run lock from the first step on, so two runs never write the same files.</summary>
    private async Task LockAsync(CancellationToken cancellationToken)
    {
        if (_lock is null)
        {
            ArtifactsCheck.Prepare(Layout);
        }

        _lock ??= await RunLock.AcquireAsync(Layout.LockFile, LockWait, message => _log.Warning("{Message}", message), cancellationToken);
    }

    private async Task RecordBuiltAsync(BuiltImage image, CancellationToken cancellationToken)
    {
        await State.SaveAsync(StateNames.Built(image.Variant), image, cancellationToken);
        var all = State.Load<List<string>>(StateNames.BuiltImages) ?? [];
        if (!all.Contains(image.ImageId))
        {
            await State.SaveAsync(StateNames.BuiltImages, (List<string>)[.. all, image.ImageId], cancellationToken);
        }
    }

    private string ImageFor(VariantInfo variant) => ImageSpec.ImageFor(variant.Variant).ToString();

    private IEnumerable<VariantInfo> RequestedVariants => VariantCatalog.All.Where(v => ImageSpec.Variants.Contains(v.Variant));
}
