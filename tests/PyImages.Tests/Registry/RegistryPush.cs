using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Registry;

/// <summary>Puts a local Docker image into a registry under another reference (tag, push, untag): what a user's CI does before the build.</summary>
public static class RegistryPush
{
    public static async Task PushAsync(string localTag, string reference)
    {
        var runner = new CliProcessRunner();
        foreach (var arguments in new[] { ["tag", localTag, reference], ["push", reference], new[] { "rmi", reference } })
        {
            var result = await runner.RunAsync(new ProcessSpec("docker", arguments, Timeout: TimeSpan.FromMinutes(5)));
            if (!result.Succeeded)
            {
                throw new PyImagesException($"'docker {string.Join(' ', arguments)}' failed (exit code {result.ExitCode}): {result.FirstErrorLine}");
            }
        }
    }
}
