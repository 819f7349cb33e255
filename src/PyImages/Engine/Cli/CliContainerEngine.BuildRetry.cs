namespace PyImages.Engine.Cli;

public sealed partial class CliContainerEngine
{
    /// <summary>
    /// Runs the build client, each attempt's command and output going to <paramref name="output"/>; runs it once more
    /// when a Podman build failed with <see cref="BuildahCacheRace"/>'s error, saying so in the log and as a warning.
    /// </summary>
    private async Task<(ProcessResult Result, bool Retried)> RunBuildAsync(
        IReadOnlyList<string> arguments, string tag, string logPath, Action<string> output, CancellationToken cancellationToken)
    {
        for (var retried = false; ; retried = true)
        {
            output($"{CommandEcho}{Executable} {string.Join(' ', arguments)}");
            var raceSeen = false;
            var result = await _runner.RunAsync(Client.Spec(arguments, line =>
            {
                // Only ever set, never cleared: stdout and stderr lines may come from two threads.
                if (BuildahCacheRace.IsIn(line))
                {
                    raceSeen = true;
                }

                output(line);
            }), cancellationToken);
            if (result.Succeeded || retried || Kind != EngineKind.Podman || !raceSeen)
            {
                return (result, retried);
            }

            _log.Warning("Build {Tag}: Podman's cache lookup failed with \"layer not known\", Buildah's race between a build and an image removal in the same store ({Issue}), not a fault of the Dockerfile; building once more (both attempts are in {Log})",
                tag, BuildahCacheRace.Issue, logPath);
            output(BuildahCacheRace.RetryNote);
        }
    }
}
