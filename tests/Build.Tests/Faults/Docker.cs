using System.Diagnostics;

namespace Build.Tests.Faults;

/// <summary>The docker CLI for assertions, against the shared engine or (with a host) a test's own dockerd.</summary>
public sealed record Docker(string? Host = null)
{
    public IReadOnlyDictionary<string, string> Environment =>
        Host is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["DOCKER_HOST"] = Host };

    public (int ExitCode, string Output) Try(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in Environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    public string Run(params string[] arguments)
    {
        var (exitCode, output) = Try(arguments);
        Assert.True(exitCode == 0, $"docker {string.Join(' ', arguments)} failed ({exitCode}): {output}");
        return output;
    }

    public bool ImageExists(string reference) => Try("image", "inspect", reference).ExitCode == 0;

    /// <summary>Every tag of a repository, e.g. to find a temporary <c>tmp-...</c> tag left behind.</summary>
    public IReadOnlyList<string> Tags(string repository) =>
        Run("images", repository, "--format", "{{.Tag}}").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void RemoveImage(string reference) => Try("rmi", "-f", reference);

    /// <summary>Removes every tag of a repository this test run named; nothing when the engine does not answer (a skipped test).</summary>
    public void RemoveRepository(string repository)
    {
        var (exitCode, output) = Try("images", repository, "--format", "{{.Repository}}:{{.Tag}}");
        foreach (var reference in exitCode == 0 ? output.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [])
            RemoveImage(reference);
    }
}
