namespace Build.Tests.Faults;

/// <summary>Clean removes what carries the project's label and nothing else (on the tests' own dockerd: it removes every labelled image).</summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CleanTests(FaultsFixture fixture) : IDisposable
{
    private const string Ours = "pyimages-faults/ours:clean";
    private const string Unrelated = "pyimages-faults/unrelated:clean";
    private const string BuiltFromOurs = "pyimages-faults/child:clean";
    private const string UnrelatedContainer = "pyimages-faults-unrelated";

    private readonly Sandbox _sandbox = new();
    private Docker? _docker;

    [SkippableFact]
    public async Task Clean_removes_labelled_images_and_containers_and_keeps_the_base_and_unrelated_ones()
    {
        FaultsFixture.RequireEngine();
        var engine = await fixture.SecondEngineAsync();
        _docker = engine.Docker;
        BuildImage(Unrelated, "LABEL purpose=someone-elses");
        BuildImage(Ours, "LABEL purpose=ours", null, "--label", "org.pyimages.project=pyimages", "--label", $"org.opencontainers.image.title={Ours}");
        BuildImage(BuiltFromOurs, "LABEL purpose=someone-elses-app", from: Ours);
        var ourContainer = _docker.Run("create", "--label", "org.pyimages.project=pyimages", "--label", "org.pyimages.container=pyimages", FaultsFixture.BaseImage, "true").Trim();
        _docker.Run("create", "--name", UnrelatedContainer, Unrelated, "true");
        var containerOfDerivedImage = _docker.Run("create", BuiltFromOurs, "true").Trim(); // inherits our project label
        Directory.CreateDirectory(_sandbox.Artifacts);

        var result = await BuildSh.RunAsync(_sandbox, ["Clean"], engine.Docker.Environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(_docker.ImageExists(Ours), result.ToString());
        Assert.NotEqual(0, _docker.Try("container", "inspect", ourContainer).ExitCode);
        Assert.True(_docker.ImageExists(Unrelated), "the unrelated image was removed");
        Assert.True(_docker.ImageExists(BuiltFromOurs), "an image built FROM ours (it inherits our labels) was removed");
        Assert.True(_docker.Try("container", "inspect", containerOfDerivedImage).ExitCode == 0, "a container of an image built FROM ours was removed");
        Assert.True(_docker.ImageExists(FaultsFixture.BaseImage), "the base image was removed");
        Assert.Equal(0, _docker.Try("container", "inspect", UnrelatedContainer).ExitCode);
        Assert.False(Directory.Exists(_sandbox.Artifacts));
    }

    public void Dispose()
    {
        _docker?.Try("rm", "-f", UnrelatedContainer);
        foreach (var id in _docker?.Run("ps", "-a", "-q", "--filter", $"ancestor={BuiltFromOurs}").Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [])
            _docker?.Try("rm", "-f", id);
        _docker?.RemoveImage(Unrelated);
        _docker?.RemoveImage(BuiltFromOurs);
        _sandbox.Dispose();
    }

    private void BuildImage(string tag, string instruction, string? from = null, params string[] options)
    {
        var context = Directory.CreateTempSubdirectory("pyimages-faults-context-").FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"FROM {from ?? FaultsFixture.BaseImage}\n{instruction}\n");
        _docker!.Run(["build", "-q", "-t", tag, .. options, context]);
        Directory.Delete(context, recursive: true);
    }
}
