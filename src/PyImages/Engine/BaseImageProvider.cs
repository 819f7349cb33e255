using PyImages.Spec;
using Serilog;

namespace PyImages.Engine;

/// <summary>
/// Makes the base image available: the configured one if present or pullable, else (when allowed) a Python base
/// bootstrapped from Debian's mirror, reused once made. The bootstrapped image carries no project label, so Clean never removes it.
/// </summary>
public sealed class BaseImageProvider(IProcessRunner runner, IHostFacts host, ILogger? logger = null)
{
    /// <summary>The stand-in base: Debian bookworm minbase with python3 and pip.</summary>
    public const string BootstrapTag = "pyimages/python-debootstrap:bookworm";

    private readonly ILogger _log = logger ?? Log.ForContext<BaseImageProvider>();

    public BaseImageProvider()
        : this(new CliProcessRunner(), new LocalHostFacts())
    {
    }

    /// <param name="workDirectory">Where the bootstrap's root file system, tar and log go (removed after the import, except the log).</param>
    public async Task<BaseImageFacts> EnsureAsync(
        IContainerEngine engine, string configuredReference, bool allowBootstrap, string workDirectory, CancellationToken cancellationToken,
        BaseFactsCache? factsCache = null)
    {
        if (await engine.ImageExistsAsync(configuredReference, cancellationToken) || await engine.PullAsync(configuredReference, cancellationToken))
        {
            return await ReadFactsAsync(engine, configuredReference, configuredReference, bootstrapped: false, factsCache, cancellationToken);
        }

        if (!allowBootstrap)
        {
            throw new PyImagesException(
                $"Base image {configuredReference} is not on this engine and could not be pulled. Pull or load it "
                + $"({engine.Executable} pull / {engine.Executable} load), choose another --base-image, or allow --bootstrap-base to build a stand-in from Debian's mirror.");
        }

        if (!await engine.ImageExistsAsync(BootstrapTag, cancellationToken))
        {
            // Runs at once (tests, two checkouts) would each spend a minute bootstrapping the same image: one does it.
            // Per user: the temp folder may be shared, and a lock file another user made cannot be opened for writing.
            var lockPath = Path.Combine(Path.GetTempPath(), $"pyimages-bootstrap-{engine.Kind.ToString().ToLowerInvariant()}-{Environment.UserName}.lock");
            using var bootstrapLock = await RunLock.AcquireAsync(
                lockPath, TimeSpan.FromMinutes(20), message => _log.Information("{Message}", message), cancellationToken, holds: $"the bootstrap of {BootstrapTag}");
            if (!await engine.ImageExistsAsync(BootstrapTag, cancellationToken))
            {
                await new DebootstrapImageBuilder(runner, host, _log).BuildAsync(engine, BootstrapTag, workDirectory, cancellationToken);
            }
        }

        _log.Warning(
            "!!! Base image {Configured} could not be found or pulled. Using {Bootstrapped} instead (Debian bookworm + python3 from Debian's mirror). "
            + "Images and sizes differ from those on {Configured}; the report names the base really used.",
            configuredReference, BootstrapTag, configuredReference);
        return await ReadFactsAsync(engine, BootstrapTag, configuredReference, bootstrapped: true, factsCache, cancellationToken);
    }

    private static Task<BaseImageFacts> ReadFactsAsync(
        IContainerEngine engine, string reference, string configured, bool bootstrapped, BaseFactsCache? cache, CancellationToken cancellationToken) =>
        cache is null
            ? BaseImageProbe.ReadAsync(engine, reference, configured, bootstrapped, cancellationToken)
            : cache.ReadAsync(engine, reference, configured, bootstrapped, cancellationToken);
}
