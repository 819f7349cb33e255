namespace Build.Tests.Faults;

/// <summary>
/// artifacts/ that cannot hold the run's files (a file of that name, a read-only file system) or that holds a link
/// leading outside it: the run stops at once with one message naming the path and what to do, and writes nothing outside.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class ArtifactsFolderTests : IDisposable
{
    private readonly Sandbox _sandbox = new();
    private readonly FakeEngine _engine = new();
    private readonly string _outside = Directory.CreateTempSubdirectory("pyimages-outside-").FullName;

    [Fact]
    public async Task A_file_named_artifacts_is_named_with_what_to_do()
    {
        File.WriteAllText(_sandbox.Artifacts, "not a folder");

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertStoppedAtOnce(result, _sandbox.Artifacts);
        Assert.Contains("is a file", result.Output);
        Assert.Contains("Move or remove the file", result.Output);
    }

    [Fact]
    public async Task Artifacts_on_a_read_only_file_system_is_an_error_at_once_not_a_wait_for_a_dead_process()
    {
        Directory.CreateDirectory(_sandbox.Artifacts);
        File.WriteAllText(Path.Combine(_sandbox.Artifacts, ".run.lock.owner"), "999999\n"); // a holder that left long ago
        string[] readOnly = ["unshare", "--mount", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", _sandbox.Artifacts];
        if (Environment.UserName != "root")
            readOnly = ["sudo", "-n", "--preserve-env=PATH", .. readOnly];

        using var process = BuildShProcess.Start(["BuildSmall", "--root", _sandbox.Root], _engine.Environment, readOnly);
        var result = await process.WaitAsync(TimeSpan.FromMinutes(2));

        AssertStoppedAtOnce(result, _sandbox.Artifacts);
        Assert.Contains("Read-only file system", result.Output);
        Assert.DoesNotContain("waiting up to", result.Output);
    }

    [Theory]
    [InlineData("report", true)]
    [InlineData("logs", true)]
    [InlineData("logs/small.log", false)]
    [InlineData(".run.lock", false)]
    public async Task A_link_inside_artifacts_to_a_place_outside_stops_the_run_naming_the_link(string name, bool isFolder)
    {
        var link = Path.Combine(_sandbox.Artifacts, name);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        var target = Path.Combine(_outside, "target");
        if (isFolder)
        {
            Directory.CreateDirectory(target);
            Directory.CreateSymbolicLink(link, target);
        }
        else
        {
            File.WriteAllText(target, "");
            File.CreateSymbolicLink(link, target);
        }

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertStoppedAtOnce(result, link);
        Assert.Contains("symbolic link", result.Output);
        Assert.Equal(isFolder ? [] : [target], Directory.GetFileSystemEntries(_outside, "*", SearchOption.AllDirectories).Where(e => e != target || !isFolder));
        if (!isFolder)
            Assert.Equal(0, new FileInfo(target).Length);
    }

    [Fact]
    public async Task A_link_that_stays_inside_artifacts_is_fine()
    {
        Directory.CreateDirectory(Path.Combine(_sandbox.Artifacts, "report-folder"));
        Directory.CreateSymbolicLink(Path.Combine(_sandbox.Artifacts, "report"), Path.Combine(_sandbox.Artifacts, "report-folder"));

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment, TimeSpan.FromMinutes(2));

        Assert.DoesNotContain("symbolic link", result.Output);
        Assert.Contains(_engine.Calls, call => call.StartsWith("docker ", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _sandbox.Dispose();
        _engine.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private void AssertStoppedAtOnce(BuildShResult result, string named) =>
        Refusal.AssertRefused(result, named, _engine, within: TimeSpan.FromSeconds(30));
}
