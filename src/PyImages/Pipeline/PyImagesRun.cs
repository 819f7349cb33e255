using PyImages.Engine;
using PyImages.Spec;
using PyImages.Verification;
using Serilog;

namespace PyImages.Pipeline;

/// <summary>
/// One run of PyImages: the steps of DESIGN.md's data flow, each a method that takes what the earlier steps
/// produced. The spec is validated in the constructor, before any engine, image or file is touched.
/// Steps cache their results, so a build that calls several of them pays for each once.
/// </summary>
public sealed partial class PyImagesRun : IDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(30);

    private readonly PipelineSettings _settings;
    private readonly ILogger _log;
    private RunLock? _lock;

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

    private StateStore State { get; }

    /// <summary>Values that must never be written anywhere: the index URL and the credentials in it.</summary>
    public IReadOnlyList<string> Secrets => SecretValues.Of(_settings.IndexUrl);

    public void Dispose() => _lock?.Dispose();

    /// <summary>Holds the checkout's run lock from the first step on, so two runs never write the same files.</summary>
    private async Task LockAsync(CancellationToken cancellationToken)
    {
        if (_lock is null)
        {
            ArtifactsCheck.Prepare(Layout);
        }

        _lock ??= await RunLock.AcquireAsync(Layout.LockFile, LockWait, message => _log.Warning("{Message}", message), cancellationToken);
    }

    private string ImageFor(VariantInfo variant) => ImageSpec.ImageFor(variant.Variant).ToString();

    private HostHints Hints => _settings.Hints ?? HostHints.Neutral;

    private IEnumerable<VariantInfo> RequestedVariants => VariantCatalog.All.Where(v => ImageSpec.Variants.Contains(v.Variant));
}
