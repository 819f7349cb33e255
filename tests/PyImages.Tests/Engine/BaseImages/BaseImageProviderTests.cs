using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Engine.Cli;
using PyImages.Tests.Engine.Cli;
using PyImages.Tests.Engine.Provisioning;

namespace PyImages.Tests.Engine.BaseImages;

/// <summary>Which pull results may fall back to the bootstrapped stand-in: only "no registry can be reached".</summary>
public class BaseImageProviderTests
{
    private const string Reference = "127.0.0.1:47123/team/python:3.11-slim-typo";

    private const string NotFound = "Error response from daemon: manifest for 127.0.0.1:47123/team/python:3.11-slim-typo not found: manifest unknown: manifest unknown";

    private const string Unreachable = "Error response from daemon: Get \"http://127.0.0.1:47123/v2/\": dial tcp 127.0.0.1:47123: connect: connection refused";

    private const string ProbeOutput = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n@@pyimages@@\n/usr/bin/python3\n3.11.2\nFalse\n";

    private readonly string _work = Path.Combine(Path.GetTempPath(), $"pyimages-provider-{Guid.NewGuid():N}");

    [Fact]
    public async Task An_image_the_registry_does_not_have_is_an_error_naming_it_and_no_stand_in_is_made_or_used()
    {
        var runner = Engine(pullError: NotFound, bootstrapPresent: true);

        var error = await Assert.ThrowsAsync<PyImagesException>(() => Ensure(runner, allowBootstrap: true));

        Assert.Contains($"Base image {Reference} does not exist", error.Message);
        Assert.Contains("manifest unknown", error.Message);
        Assert.DoesNotContain(runner.Commands, c => c.Contains(BaseImageProvider.BootstrapTag, StringComparison.Ordinal) || c.Contains(" import ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_registry_reached_falls_back_to_the_stand_in_when_allowed_and_says_it_was_used()
    {
        var runner = Engine(pullError: Unreachable, bootstrapPresent: true);

        var facts = await Ensure(runner, allowBootstrap: true);

        Assert.True(facts.Bootstrapped);
        Assert.Equal((BaseImageProvider.BootstrapTag, Reference), (facts.Reference, facts.ConfiguredReference));
    }

    [Fact]
    public async Task No_registry_reached_without_the_fallback_is_an_error_naming_the_reference_and_the_engines_reason()
    {
        var error = await Assert.ThrowsAsync<PyImagesException>(() => Ensure(Engine(pullError: Unreachable, bootstrapPresent: true), allowBootstrap: false));

        Assert.Contains($"Base image {Reference} is not on this engine and no registry could be reached", error.Message);
        Assert.Contains("connection refused", error.Message);
    }

    [Theory]
    [InlineData("scratch")]
    [InlineData("scratch:latest")]
    public async Task Scratch_is_refused_before_the_engine_is_asked_anything(string reference)
    {
        var runner = Engine(pullError: NotFound, bootstrapPresent: true);

        var error = await Assert.ThrowsAsync<PyImagesException>(() =>
            new BaseImageProvider(runner, new FakeHostFacts(isRoot: false, FakeHostFacts.Debian)).EnsureAsync(new CliContainerEngine(EngineKind.Docker, runner), reference, true, _work, default));

        Assert.Contains($"--base-image {reference}", error.Message);
        Assert.Empty(runner.Commands);
    }

    [Fact]
    public async Task The_stand_ins_own_name_is_never_pulled_when_missing_it_is_bootstrapped()
    {
        var runner = Engine(pullError: NotFound, bootstrapPresent: false);

        // Not root here, so the bootstrap itself stops with its own message: what matters is that it was the next step.
        var error = await Assert.ThrowsAsync<PyImagesException>(() => new BaseImageProvider(runner, new FakeHostFacts(isRoot: false, FakeHostFacts.Debian))
            .EnsureAsync(new CliContainerEngine(EngineKind.Docker, runner), BaseImageProvider.BootstrapTag, true, _work, default));

        Assert.StartsWith($"Bootstrapping the base image {BaseImageProvider.BootstrapTag} needs root", error.Message);
        Assert.DoesNotContain(runner.Commands, c => c.StartsWith("docker pull", StringComparison.Ordinal));
    }

    private Task<BaseImageFacts> Ensure(FakeProcessRunner runner, bool allowBootstrap) =>
        new BaseImageProvider(runner, new FakeHostFacts(isRoot: false, FakeHostFacts.Debian)).EnsureAsync(new CliContainerEngine(EngineKind.Docker, runner), Reference, allowBootstrap, _work, default);

    /// <summary>docker with <see cref="Reference"/> absent, its pull failing with <paramref name="pullError"/>, and the stand-in present or not.</summary>
    private static FakeProcessRunner Engine(string pullError, bool bootstrapPresent) => new(spec => spec.Arguments switch
    {
        ["image", "inspect", "--format", _, BaseImageProvider.BootstrapTag] => bootstrapPresent ? new ProcessResult(0, "sha256:1\n", "") : new ProcessResult(1, "", "Error: No such image"),
        ["image", "inspect", "--format", _, _] => new ProcessResult(1, "", "Error: No such image"),
        ["pull", ..] => new ProcessResult(1, "", pullError),
        ["run", ..] => new ProcessResult(0, ProbeOutput, ""),
        _ => null,
    });
}
