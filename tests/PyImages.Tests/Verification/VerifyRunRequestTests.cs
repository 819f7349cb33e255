using PyImages.Tests.Engine;
using PyImages.Verification;

namespace PyImages.Tests.Verification;

public sealed class VerifyRunRequestTests
{
    [Fact]
    public async Task Script_runs_with_the_images_interpreter_as_its_default_user_without_network()
    {
        var engine = FakeEngine.Printing(RecordedOutputs.Good);
        var request = Requests.ForUwsgi("pyimages/uwsgi:minimal") with { ExtraPrefixes = ["/opt/venv"], Distributions = ["uWSGI", "flask"] };

        await ImageVerifier.VerifyAsync(engine, request);

        var run = Assert.Single(engine.Runs);
        Assert.Equal("pyimages/uwsgi:minimal", run.Image);
        Assert.Equal("/usr/bin/python3", run.Entrypoint);
        Assert.Null(run.User);
        Assert.False(run.Network);
        Assert.Equal(ImageLabels.ProjectValue, run.Labels![ImageLabels.Project]);
        Assert.Equal(["-c", VerifyScript.Source, "--prefix", "/opt/venv", "--", "uWSGI", "flask"], run.Command);
    }

    [Fact]
    public async Task Only_the_selected_checks_are_asked_of_the_script()
    {
        var engine = FakeEngine.Printing(RecordedOutputs.Good);

        await ImageVerifier.VerifyAsync(engine, Requests.ForUwsgi("pyimages/uwsgi:minimal") with { Checks = [CheckNames.NonRoot, CheckNames.Import] });

        var command = Assert.Single(engine.Runs).Command;
        Assert.Equal(["--check", CheckNames.NonRoot, "--check", CheckNames.Import, "--", "uwsgi"], command.Skip(2));
    }

    [Fact]
    public void Script_prints_the_check_names_the_report_uses()
    {
        string[] names = [CheckNames.Import, CheckNames.EntryPoints, CheckNames.NoCompiler, CheckNames.SharedLibraries, CheckNames.NonRoot, CheckNames.NoWorldWritableFiles];

        Assert.All(names, name => Assert.Contains($"check(\"{name}\"", VerifyScript.Source));
    }
}
