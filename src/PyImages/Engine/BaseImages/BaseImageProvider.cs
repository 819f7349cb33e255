using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;
using PyImages.Spec;
using Serilog;

namespace PyImages.Engine.BaseImages;

/// <summary>
/// Makes the base image available: the configured one if present or pullable, else, only when no registry can be reached
/// and when allowed, a Python base bootstrapped from Debian's mirror, reused once made. A registry that answers it does not
/// have the image is an error naming the reference, never a reason for the stand-in. The bootstrapped image carries no project label, so Clean never removes it.
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
        RefuseScratch(configuredReference);
        if (await engine.ImageExistsAsync(configuredReference, cancellationToken))
        {
            return await ReadFactsAsync(engine, configuredReference, configuredReference, bootstrapped: false, factsCache, cancellationToken);
        }

        // The stand-in's own name is local only: asking a registry for it would only get a refusal.
        var pull = configuredReference == BootstrapTag
            ? new PullResult(PullOutcome.RegistryUnreachable, $"{BootstrapTag} is made here, never pulled")
            : await engine.PullAsync(configuredReference, cancellationToken);
        switch (pull.Outcome)
        {
            case PullOutcome.Pulled:
                return await ReadFactsAsync(engine, configuredReference, configuredReference, bootstrapped: false, factsCache, cancellationToken);
            case PullOutcome.Refused:
                throw new PyImagesException(Refusal(configuredReference, pull, engine.Executable));
        }

        if (!allowBootstrap)
        {
            throw new PyImagesException(
                $"Base image {configuredReference} is not on this engine and no registry could be reached to pull it ({pull.EngineMessage}). Pull or load it "
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
            "!!! Base image {Configured} is not on this engine and no registry could be reached ({EngineMessage}). Using {Bootstrapped} instead (Debian bookworm + python3 from Debian's mirror). "
            + "Images and sizes differ from those on {Configured}; the report names the base really used.",
            configuredReference, pull.EngineMessage, BootstrapTag, configuredReference);
        return await ReadFactsAsync(engine, BootstrapTag, configuredReference, bootstrapped: true, factsCache, cancellationToken);
    }

    /// <summary>`scratch` names the empty image of <c>FROM scratch</c>: no shell, no Python, nothing to pull.</summary>
    private static void RefuseScratch(string reference)
    {
        if (reference is "scratch" or "scratch:latest")
        {
            throw new PyImagesException(
                $"--base-image {reference}: 'scratch' is the empty image of FROM scratch (no shell, no Python), not a base to build on. "
                + $"Choose a Python base image, for example {ImageSpec.DefaultBaseImage}.");
        }
    }

    /// <summary>A registry answered and would not give the image: an error naming it, never a stand-in.</summary>
    private static string Refusal(string reference, PullResult pull, string executable) =>
        pull.NotFound
            ? $"Base image {reference} does not exist: the registry answered that it has no such image or tag ({pull.EngineMessage}). "
              + "Check the name and tag given as --base-image. (A stand-in base is bootstrapped only when no registry can be reached.)"
            : $"Base image {reference} could not be pulled: the registry or the engine refused ({pull.EngineMessage}). "
              + $"Check --base-image, and the registry's access ({executable} login) or TLS settings.";

    private static Task<BaseImageFacts> ReadFactsAsync(
        IContainerEngine engine, string reference, string configured, bool bootstrapped, BaseFactsCache? cache, CancellationToken cancellationToken) =>
        cache is null
            ? BaseImageProbe.ReadAsync(engine, reference, configured, bootstrapped, cancellationToken)
            : cache.ReadAsync(engine, reference, configured, bootstrapped, cancellationToken);
}
