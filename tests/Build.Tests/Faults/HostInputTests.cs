using System.Diagnostics;

namespace Build.Tests.Faults;

/// <summary>
/// Input the build host refuses, met through ./build.sh as a user meets it: one message naming the input and what to do,
/// a [Secret] value never in clear (console and build log), no engine command, nothing written outside the root's .nuke.
/// </summary>
[Collection(FaultsCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostInputTests : IDisposable
{
    private const string Token = "s3cr3t-T0KEN";
    private const string IndexUrl = $"https://alice:{Token}@index.example/simple";
    private const string OtherUrl = $"https://bob:{Token}-2@index.example/simple";

    private readonly Sandbox _sandbox = new();
    private readonly FakeEngine _engine = new();

    public static TheoryData<string[], string> Refused => new()
    {
        { ["BuildSmall", $"--index-url={IndexUrl}"], "'--index-url=*****': write the value after a space, '--index-url *****'; the '--name=value' form is not taken (NUKE's form is '--name value')." },
        { ["BuildSmall", "--index-url", IndexUrl, OtherUrl], "Parameter 'IndexUrl' (--index-url, from the command line): it takes one value, got 2: '*****' '*****'." },
        { ["BuildSmall", "--bootstrap-base", "maybe"], "Parameter '--bootstrap-base' is a switch: 'maybe' is not true or false." },
        { ["--plan", "BuildSmall"], "Parameter '--plan' is a switch: 'BuildSmall' is not true or false." },
        { ["BuildSmall", "--packages", "-e", "git+https://example.org/app.git"], "Unknown parameter '-e': this build's options start with '--'" },
        { ["BuildSmall", "--packages"], "Parameter 'Packages' (--packages, from the command line): the list is empty" },
        { ["BuildSmall", "--profile", "../../../../tmp/evil"], "Profile '../../../../tmp/evil' is not a profile name" },
    };

    public static TheoryData<string, string> RefusedFiles => new()
    {
        { """{ "Packages": 42 }""", "Parameter 'Packages' (--packages, from .nuke/parameters.json): expected a list (a JSON array of strings), got the number 42." },
        { """{ "Packages": [] }""", "Parameter 'Packages' (--packages, from .nuke/parameters.json): the list is empty" },
        { """{ "Repository": "a", "repository": "b" }""", ".nuke/parameters.json: parameter 'repository' is given twice ('Repository' before it); keep one." },
        { $$"""{ "IndexUrl": ["{{IndexUrl}}", "{{OtherUrl}}"] }""", "Parameter 'IndexUrl' (--index-url, from .nuke/parameters.json): expected a string, got an array." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_on_the_command_line_with_one_message(string[] arguments, string message)
    {
        var result = await BuildSh.RunAsync(_sandbox, arguments, _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefused(result, message);
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Refused_in_parameters_json_with_one_message(string json, string message)
    {
        File.WriteAllText(_sandbox.PathOf(".nuke", "parameters.json"), json);

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefused(result, message);
    }

    [Fact]
    public async Task A_folder_in_place_of_parameters_json_is_an_error()
    {
        File.Delete(_sandbox.PathOf(".nuke", "parameters.json"));
        Directory.CreateDirectory(_sandbox.PathOf(".nuke", "parameters.json"));

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefused(result, ".nuke/parameters.json is a folder, not a file");
    }

    [Fact]
    public async Task A_root_that_is_not_a_checkout_is_an_error_and_nothing_is_created_there()
    {
        var nowhere = Path.Combine(_sandbox.Root, "nonexistent");

        using var process = BuildShProcess.Start(["BuildSmall", "--root", nowhere], _engine.Environment);
        var result = await process.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"--root '{nowhere}' is not a root of this build: it has no .nuke folder.", result.Output);
        Assert.False(Directory.Exists(nowhere), $"{nowhere} was created");
        Assert.Empty(_engine.Calls);
    }

    /// <summary>As root, the run is a run as 'nobody' (root may write anywhere); as another user, the folder is made read-only.</summary>
    [Fact]
    public async Task A_user_who_cannot_write_nuke_temp_gets_one_message_naming_it()
    {
        var temp = _sandbox.PathOf(".nuke", "temp");
        Directory.CreateDirectory(temp);
        File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var asRoot = Environment.UserName == "root";
        if (!asRoot)
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var result = asRoot ? await RunAsNobodyAsync(["BuildSmall"]) : await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"[ERR] Cannot write the build log {Path.Combine(temp, "build.log")}", result.Output);
        Assert.Contains("writable by this user", result.Output);
        Assert.DoesNotContain("UnauthorizedAccessException", result.Output);
        Assert.DoesNotMatch(@"\n\s+at [\w.]+\(", result.Output);
    }

    public void Dispose()
    {
        _sandbox.Dispose();
        _engine.Dispose();
    }

    private async Task<BuildShResult> RunAsNobodyAsync(string[] arguments)
    {
        foreach (var directory in new[] { _sandbox.Root, _sandbox.PathOf(".nuke") })
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        var start = new ProcessStartInfo("runuser", ["-u", "nobody", "--", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp",
            "bash", Repository.Root / "build.sh", .. arguments, "--root", _sandbox.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new BuildShResult(process.ExitCode, output, stopwatch.Elapsed);
    }

    private void AssertRefused(BuildShResult result, string message)
    {
        Refusal.AssertRefused(result, message, _engine);
        Assert.DoesNotContain(Token, result.Output);
        if (File.Exists(_sandbox.BuildLog))
            Assert.DoesNotContain(Token, File.ReadAllText(_sandbox.BuildLog));
        Assert.False(Directory.Exists(_sandbox.Artifacts), $"artifacts/ was written:\n{result}");
    }
}
