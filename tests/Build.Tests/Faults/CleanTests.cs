using PyImages;

namespace Build.Tests.Faults;

/// <summary>
/// Clean on an engine shared with other checkouts (the tests' own dockerd): it removes what this checkout built for the
/// repository it is given, and says what it removed and what it kept and why.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CleanTests(FaultsFixture fixture) : IDisposable
{
    private static readonly string Repository = FaultsNames.Named("ours");
    private static readonly string Ours = Repository + ":clean";
    private static readonly string OursWithAChild = Repository + ":parent";
    private static readonly string OtherCheckouts = Repository + ":other-checkout";
    private static readonly string OtherRepository = FaultsNames.Named("elsewhere");
    private static readonly string OursForOtherRepository = OtherRepository + ":clean";
    private static readonly string Unrelated = FaultsNames.Named("unrelated") + ":clean";
    private static readonly string BuiltFromOurs = FaultsNames.Named("child") + ":clean";
    private static readonly string UnrelatedContainer = FaultsNames.Named("unrelated");
    private static readonly string OtherRunsContainer = FaultsNames.Named("other-run");

    private readonly Sandbox _sandbox = new();
    private Docker? _docker;

    [SkippableFact]
    public async Task Clean_removes_only_what_this_checkout_built_for_the_repository_and_reports_what_it_kept()
    {
        FaultsFixture.RequireEngine();
        var engine = await fixture.SecondEngineAsync();
        _docker = engine.Docker;
        var here = CheckoutIdentity.For(_sandbox.Artifacts, Repository);
        var elsewhere = new CheckoutIdentity("00000000feedbeef", Repository);
        BuildImage(Unrelated, "LABEL purpose=someone-elses");
        BuildImage(Ours, "LABEL purpose=ours", null, Labels(here, Ours));
        BuildImage(OursWithAChild, "LABEL purpose=ours-with-a-child", null, Labels(here, OursWithAChild));
        BuildImage(OtherCheckouts, "LABEL purpose=another-checkouts", null, Labels(elsewhere, OtherCheckouts));
        BuildImage(OursForOtherRepository, "LABEL purpose=ours-for-elsewhere", null, Labels(here with { Repository = OtherRepository }, OursForOtherRepository));
        BuildImage(BuiltFromOurs, "LABEL purpose=someone-elses-app", from: OursWithAChild);
        var ourLeftover = _docker.Run("create", "--label", "org.pyimages.container=pyimages", "--label", $"{ImageLabels.RunBy}={here.RunByValue}", FaultsFixture.BaseImage, "true").Trim();
        _docker.Run("run", "-d", "--name", OtherRunsContainer, "--label", "org.pyimages.project=pyimages", "--label", "org.pyimages.container=pyimages",
            "--label", $"{ImageLabels.RunBy}={elsewhere.RunByValue}", FaultsFixture.BaseImage, "sleep", "600");
        _docker.Run("create", "--name", UnrelatedContainer, Unrelated, "true");
        var containerOfDerivedImage = _docker.Run("create", BuiltFromOurs, "true").Trim(); // inherits our labels
        Directory.CreateDirectory(_sandbox.Artifacts);

        var result = await BuildSh.RunAsync(_sandbox, ["Clean", "--repository", Repository], engine.Docker.Environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(_docker.ImageExists(Ours), result.ToString());
        Assert.NotEqual(0, _docker.Try("container", "inspect", ourLeftover).ExitCode);
        Assert.True(_docker.ImageExists(OtherCheckouts), "another checkout's image was removed\n" + result);
        Assert.Equal("true", _docker.Run("container", "inspect", "--format", "{{.State.Running}}", OtherRunsContainer).Trim());
        Assert.True(_docker.ImageExists(OursForOtherRepository), "an image of another repository was removed\n" + result);
        Assert.True(_docker.ImageExists(BuiltFromOurs), "an image built FROM ours (it inherits our labels) was removed");
        Assert.True(_docker.Try("container", "inspect", containerOfDerivedImage).ExitCode == 0, "a container of an image built FROM ours was removed");
        Assert.True(_docker.ImageExists(FaultsFixture.BaseImage), "the base image was removed");
        Assert.True(_docker.ImageExists(Unrelated), "the unrelated image was removed");
        Assert.Equal(0, _docker.Try("container", "inspect", UnrelatedContainer).ExitCode);
        Assert.False(Directory.Exists(_sandbox.Artifacts));

        Assert.Contains($"Clean: removed image {Ours}", result.Output);
        Assert.Matches($@"Clean: kept image {BuiltFromOurs}: not built by PyImages", result.Output);
        Assert.Matches($@"Clean: kept image {OursForOtherRepository}: built for repository {OtherRepository}", result.Output);
        Assert.DoesNotContain(OtherCheckouts, result.Output);
        Assert.Matches(@"removed 1 container\(s\) and 1 image\(s\)", result.Output);
        Assert.Contains("another image was built FROM it", result.Output);
    }

    public void Dispose()
    {
        _docker?.Try("rm", "-f", UnrelatedContainer, OtherRunsContainer);
        foreach (var id in _docker?.Run("ps", "-a", "-q", "--filter", $"ancestor={BuiltFromOurs}").Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [])
            _docker?.Try("rm", "-f", id);
        foreach (var image in new[] { Unrelated, BuiltFromOurs, OursWithAChild, OtherCheckouts, OursForOtherRepository, Ours })
            _docker?.RemoveImage(image);
        _sandbox.Dispose();
    }

    private static string[] Labels(CheckoutIdentity owner, string title) =>
    [
        "--label", $"{ImageLabels.Project}={ImageLabels.ProjectValue}",
        "--label", $"{ImageLabels.Checkout}={owner.Id}",
        "--label", $"{ImageLabels.Repository}={owner.Repository}",
        "--label", $"{ImageLabels.Title}={title}",
    ];

    private void BuildImage(string tag, string instruction, string? from = null, params string[] options)
    {
        var context = Directory.CreateTempSubdirectory("pyimages-faults-context-").FullName;
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"FROM {from ?? FaultsFixture.BaseImage}\n{instruction}\n");
        _docker!.Run(["build", "-q", "-t", tag, .. options, context]);
        Directory.Delete(context, recursive: true);
    }
}
