using PyImages.Engine;
using PyImages.Engine.Cli;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace PyImages.Tests.Engine.Cli;

public class BuildahCacheRaceTests
{
    private const string Hex = "628b9ea5d3b91ac95e54bea0f5bde605b27cb771531f259b24a25af5ebc0aa6a";

    private const string RaceError = "Error: checking if cached image exists from a previous build: getting top layer info: layer not known";

    private static readonly string[] RaceOutput = ["STEP 1/3: FROM pyimages/python-debootstrap:bookworm", "STEP 2/3: COPY . /sources/", RaceError];

    private static readonly string[] SuccessOutput = ["STEP 1/3: FROM pyimages/python-debootstrap:bookworm", "STEP 2/3: COPY . /sources/", "--> Using cache 5f24dc38df3", "STEP 3/3: RUN true", "COMMIT"];

    [Fact]
    public async Task A_podman_build_lost_to_the_race_is_run_once_more_and_its_success_counts()
    {
        var runner = Builds((125, RaceOutput), (0, SuccessOutput));
        var warnings = new Warnings();
        var log = LogPath();
        try
        {
            var result = await new CliContainerEngine(EngineKind.Podman, runner, logger: warnings.Logger).BuildAsync(Request(log));

            Assert.True(result.Succeeded);
            Assert.Equal("sha256:" + Hex, result.ImageId);
            Assert.Equal(2, runner.Commands.Count(c => c.StartsWith("podman build ", StringComparison.Ordinal)));
            var warning = Assert.Single(warnings.Messages);
            Assert.Contains("Buildah's race", warning);
            Assert.Contains(BuildahCacheRace.Issue, warning);

            // The log keeps the first attempt, says why the build ran again, then has the second attempt.
            var lines = File.ReadAllLines(log);
            var raceAt = Array.IndexOf(lines, RaceError);
            var noteAt = Array.IndexOf(lines, BuildahCacheRace.RetryNote);
            Assert.InRange(raceAt, 1, noteAt - 1);
            Assert.Equal(2, lines.Count(l => l.StartsWith(CliContainerEngine.CommandEcho + "podman build ", StringComparison.Ordinal)));
            Assert.StartsWith(CliContainerEngine.CommandEcho + "podman build ", lines[noteAt + 1]);
            Assert.EndsWith("on the second attempt", lines[^1]);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Theory]
    [InlineData("break.podman.txt")]
    [InlineData("multistage.podman.txt")]
    [InlineData("nostep.podman.txt")]
    public async Task A_podman_build_that_failed_for_any_other_reason_runs_once(string sample)
    {
        var runner = Builds((1, [.. Sample.Lines(sample)]), (0, SuccessOutput));
        var warnings = new Warnings();
        var log = LogPath();
        try
        {
            var result = await new CliContainerEngine(EngineKind.Podman, runner, logger: warnings.Logger).BuildAsync(Request(log));

            Assert.False(result.Succeeded);
            Assert.Single(runner.Commands, c => c.StartsWith("podman build ", StringComparison.Ordinal));
            Assert.Empty(warnings.Messages);
            Assert.DoesNotContain(BuildahCacheRace.RetryNote, File.ReadAllLines(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task A_docker_build_with_the_same_words_is_not_retried()
    {
        var runner = Builds((1, RaceOutput), (0, SuccessOutput));
        var warnings = new Warnings();
        var log = LogPath();
        try
        {
            var result = await new CliContainerEngine(EngineKind.Docker, runner, logger: warnings.Logger).BuildAsync(Request(log));

            Assert.False(result.Succeeded);
            Assert.Single(runner.Commands, c => c.StartsWith("docker build ", StringComparison.Ordinal) && !c.EndsWith("--help", StringComparison.Ordinal));
            Assert.Empty(warnings.Messages);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task The_race_twice_in_a_row_is_retried_only_once_and_fails()
    {
        var runner = Builds((125, RaceOutput), (125, RaceOutput), (0, SuccessOutput));
        var log = LogPath();
        try
        {
            var result = await new CliContainerEngine(EngineKind.Podman, runner, logger: new Warnings().Logger).BuildAsync(Request(log));

            Assert.False(result.Succeeded);
            Assert.Equal(125, result.ExitCode);
            Assert.Equal(2, runner.Commands.Count(c => c.StartsWith("podman build ", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void The_retry_note_is_the_tools_own_line_and_never_taken_for_what_the_client_said()
    {
        var said = BuildOutput.ClientError([BuildahCacheRace.RetryNote, CliContainerEngine.CommandEcho + "podman build .", "Error: no FROM statement found", "build failed: exit code 125"]);

        Assert.Equal("Error: no FROM statement found", said);
    }

    [Theory]
    [InlineData(RaceError, true)]
    [InlineData("\u001b[31m" + RaceError + "\u001b[0m", true)]
    [InlineData("Error: building at STEP \"COPY . /sources/\": checking if cached image exists from a previous build: getting top layer info: layer not known", true)]
    [InlineData("Error: checking if cached image exists from a previous build: getting top layer info: no space left on device", false)]
    [InlineData("Error: creating build container: layer not known", false)]
    [InlineData("echo checking if cached image exists from a previous build: getting top layer info: layer not known", false)]
    public void Only_the_cache_lookups_own_error_is_the_race(string line, bool isRace)
    {
        Assert.Equal(isRace, BuildahCacheRace.IsIn(line));
    }

    /// <summary>Each <c>build</c> in turn prints its lines (as the real runner streams them) and exits with its code.</summary>
    private static FakeProcessRunner Builds(params (int ExitCode, string[] Lines)[] builds)
    {
        var next = 0;
        return new FakeProcessRunner(spec =>
        {
            switch (spec.Arguments)
            {
                case ["build", "--load", "--help"]:
                    return null;
                case ["build", ..]:
                    var (exitCode, lines) = builds[next++];
                    foreach (var line in lines)
                    {
                        spec.OnOutputLine!(line);
                    }

                    return FakeProcessRunner.BuiltImage(spec, "sha256:" + Hex + "\n", exitCode);
                default:
                    return null;
            }
        });
    }

    private static BuildRequest Request(string log) => new("Dockerfile", ".", "blog-python:small", new Dictionary<string, string>(), log);

    private static string LogPath() => Path.Combine(Path.GetTempPath(), $"pyimages-build-{Guid.NewGuid():N}.log");

    private sealed class Warnings : ILogEventSink
    {
        public Warnings() => Logger = new LoggerConfiguration().WriteTo.Sink(this).CreateLogger();

        public ILogger Logger { get; }

        public List<string> Messages { get; } = [];

        public void Emit(LogEvent logEvent)
        {
            if (logEvent.Level >= LogEventLevel.Warning)
            {
                Messages.Add(logEvent.RenderMessage());
            }
        }
    }
}
