using System.Diagnostics;

namespace Build.Tests;

/// <summary>build.sh against a fake <c>dotnet</c> that records its calls: fast, and no real build involved.</summary>
public sealed class BootstrapperTests
{
    private const string FakeDotNet = """
        #!/bin/sh
        echo "$*" >> "$FAKE_DOTNET_LOG"
        case "$1" in
          --version) echo 10.0.100 ;;
          build)
            previous=""
            for argument in "$@"; do
              [ "$previous" = "-o" ] && mkdir -p "$argument" && touch "$argument/_build.dll"
              previous="$argument"
            done ;;
          *) echo "ran build with: $*" ;;
        esac
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("build-tests-").FullName;

    [SkippableFact]
    public void Warm_start_skips_the_build_until_a_build_source_changes()
    {
        Skip.If(OperatingSystem.IsWindows(), "build.sh is the Unix bootstrapper");
        if (OperatingSystem.IsWindows())
            return;
        Directory.CreateDirectory(Path.Combine(_folder, "build"));
        Directory.CreateDirectory(Path.Combine(_folder, "fake-bin"));
        File.Copy(Repository.Root / "build.sh", Path.Combine(_folder, "build.sh"));
        File.Copy(Repository.Root / "global.json", Path.Combine(_folder, "global.json"));
        File.WriteAllText(Path.Combine(_folder, "build", "Build.cs"), "// v1");
        File.WriteAllText(Path.Combine(_folder, "fake-bin", "dotnet"), FakeDotNet.Replace("\r", "") + "\n");
        File.SetUnixFileMode(Path.Combine(_folder, "fake-bin", "dotnet"), (UnixFileMode)0b111_101_101);

        var cold = RunBuildSh("--help");
        var warm = RunBuildSh("--help");
        File.WriteAllText(Path.Combine(_folder, "build", "Build.cs"), "// v2, a longer line");
        RunBuildSh("--plan");

        Assert.Contains("_build.dll --help", cold);
        Assert.Contains("_build.dll --help", warm);
        var builds = File.ReadAllLines(Path.Combine(_folder, "dotnet.log")).Count(line => line.StartsWith("build "));
        Assert.Equal(2, builds);
    }

    /// <summary>As root, a run as 'nobody' (root may write anywhere); as another user, the folder is made read-only.</summary>
    [SkippableFact]
    public void A_temp_folder_this_user_cannot_write_is_one_message_before_any_build()
    {
        Skip.If(OperatingSystem.IsWindows(), "build.sh is the Unix bootstrapper");
        if (OperatingSystem.IsWindows())
            return;
        Directory.CreateDirectory(Path.Combine(_folder, "build"));
        Directory.CreateDirectory(Path.Combine(_folder, "fake-bin"));
        Directory.CreateDirectory(Path.Combine(_folder, ".nuke", "temp"));
        File.Copy(Repository.Root / "build.sh", Path.Combine(_folder, "build.sh"));
        File.Copy(Repository.Root / "global.json", Path.Combine(_folder, "global.json"));
        File.WriteAllText(Path.Combine(_folder, "build", "Build.cs"), "// v1");
        File.WriteAllText(Path.Combine(_folder, "fake-bin", "dotnet"), FakeDotNet.Replace("\r", "") + "\n");
        var readable = (UnixFileMode)0b111_101_101;
        foreach (var path in Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Append(_folder))
            File.SetUnixFileMode(path, readable);
        var asRoot = Environment.UserName == "root";
        if (!asRoot)
            File.SetUnixFileMode(Path.Combine(_folder, ".nuke", "temp"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var log = Path.Combine(Path.GetTempPath(), $"fake-dotnet-{Guid.NewGuid():N}.log");
        string[] command = ["bash", Path.Combine(_folder, "build.sh"), "--help"];
        var start = new ProcessStartInfo(asRoot ? "runuser" : command[0], asRoot ? ["-u", "nobody", "--", "env", $"FAKE_DOTNET_LOG={log}", .. command] : command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.Environment["PATH"] = $"{Path.Combine(_folder, "fake-bin")}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["FAKE_DOTNET_LOG"] = log;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"build.sh: cannot write {Path.Combine(_folder, ".nuke", "temp")} (the build is compiled there): make it writable by", output);
        Assert.DoesNotContain("Permission denied", output);
        Assert.False(File.Exists(log) && File.ReadAllLines(log).Any(line => line.StartsWith("build ", StringComparison.Ordinal)), "the build ran");
    }

    private string RunBuildSh(string argument)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(_folder, "build.sh"), argument])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.Environment["PATH"] = $"{Path.Combine(_folder, "fake-bin")}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["FAKE_DOTNET_LOG"] = Path.Combine(_folder, "dotnet.log");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        return output;
    }
}
