using PyImages.Spec;

namespace PyImages.Engine.BaseImages;

/// <summary>Reads what a base image really is by running it once: os-release, the Python interpreter, its version and headers.</summary>
public static class BaseImageProbe
{
    private const string Separator = "@@pyimages@@";

    /// <summary>A POSIX sh script printing os-release, then the interpreter path, version and whether Python.h exists.</summary>
    public static readonly string Script = string.Join('\n',
        "cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release",
        $"echo {Separator}",
        "py=$(command -v python3 || command -v python) || exit 3",
        "echo \"$py\"",
        "\"$py\" -c 'import os, platform, sysconfig; print(platform.python_version()); "
            + "print(os.path.exists(os.path.join(sysconfig.get_paths()[\"include\"], \"Python.h\")))'");

    public static async Task<BaseImageFacts> ReadAsync(IContainerEngine engine, string reference, string configuredReference, bool bootstrapped, CancellationToken cancellationToken)
    {
        var result = await engine.RunAsync(
            new RunRequest(reference, ["-c", Script], User: "0", Entrypoint: "/bin/sh", Network: false),
            cancellationToken);
        if (!result.Succeeded)
        {
            throw new PyImagesException(
                $"Could not read the base image {reference}: running /bin/sh in it to read /etc/os-release and find python3 failed "
                + $"(exit code {result.ExitCode}): {result.StandardError.Trim()} A base image needs /bin/sh and python3 (or python); choose another --base-image.");
        }

        return Parse(result.StandardOutput, reference, configuredReference, bootstrapped);
    }

    /// <summary>Turns the script's output into facts; an unknown OS family is an error the user can act on.</summary>
    public static BaseImageFacts Parse(string output, string reference, string configuredReference, bool bootstrapped)
    {
        var parts = output.Split(Separator);
        var python = parts.Length > 1 ? parts[1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (python.Length < 3)
        {
            throw new PyImagesException($"Could not read the Python interpreter of base image {reference}: the probe printed '{output.Trim()}'.");
        }

        var os = OsRelease.Parse(parts[0]);
        var family = os.Family ?? throw new PyImagesException(
            $"Base image {reference} is '{os.PrettyName}' (ID={os.Id}, ID_LIKE={string.Join(' ', os.IdLike)}): PyImages supports "
            + "Debian/Ubuntu (apt) and Alpine (apk) based images only. Choose another --base-image.");
        return new BaseImageFacts(reference, family, os.PrettyName, python[0], python[1], python[2] == "True", bootstrapped, configuredReference);
    }
}
