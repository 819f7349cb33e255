using System.Text.RegularExpressions;

namespace PyImages.Engine.Cli;

/// <summary>
/// Buildah's race between a build and an image removal in the same store (containers/buildah#5674, fixed upstream
/// after Podman 4.3): while a build looks for a cached layer to reuse, a concurrent <c>rmi</c> removes that layer and
/// the build stops with "checking if cached image exists from a previous build: getting top layer info: layer not
/// known". Nothing of the Dockerfile is at fault and the same build then succeeds, so Podman builds that fail with
/// exactly this error are run once more; any other failure is the build's own.
/// </summary>
public static partial class BuildahCacheRace
{
    public const string Issue = "containers/buildah#5674";

    /// <summary>Whether a Podman output line is this race's error, and nothing but it (any error it wraps is not this race).</summary>
    public static bool IsIn(string line) => Error().IsMatch(BuildOutput.Clean(line).Trim());

    /// <summary>What the build log says between the failed attempt's output and the retry's.</summary>
    public static string RetryNote =>
        $"build retried once: the cache lookup failed with \"layer not known\", Buildah's race between a build and an image removal in the same store ({Issue}); the first attempt's output is above";

    // Podman prints the error chain on one line after "Error: "; a wrapper (a stage, a step) may come before it.
    [GeneratedRegex(@"^Error: (.+: )?checking if cached image exists from a previous build: getting top layer info: layer not known$")]
    private static partial Regex Error();
}
