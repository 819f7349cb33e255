namespace Build.Tests.Faults;

/// <summary>
/// docker, podman, dockerd and apt-get that only record that they were called and fail: put first on PATH, they show
/// whether a run reached for an engine at all, and they stand in for "no engine can be had".
/// </summary>
public sealed class FakeEngine : IDisposable
{
    private static readonly string[] Tools = ["docker", "podman", "dockerd", "apt-get"];

    private readonly string _folder = Directory.CreateTempSubdirectory("pyimages-fake-engine-").FullName;

    public FakeEngine()
    {
        foreach (var tool in Tools)
        {
            var path = Path.Combine(_folder, tool);
            File.WriteAllText(path, $"#!/bin/sh\necho \"{tool} $*\" >> \"{CallLog}\"\necho '{tool}: no engine here' >&2\nexit 1\n");
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string CallLog => Path.Combine(_folder, "calls.log");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["PATH"] = $"{_folder}:{System.Environment.GetEnvironmentVariable("PATH")}",
    };

    public IReadOnlyList<string> Calls => File.Exists(CallLog) ? File.ReadAllLines(CallLog) : [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
