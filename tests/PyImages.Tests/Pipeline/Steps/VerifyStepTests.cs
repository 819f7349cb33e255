using PyImages.Pipeline.Steps;
using PyImages.Spec;
using PyImages.Tests.Engine;
using PyImages.Tests.Verification;
using PyImages.Verification;
using Serilog.Core;

namespace PyImages.Tests.Pipeline.Steps;

public sealed class VerifyStepTests
{
    private static readonly ImageSpec Spec = ImageSpecFactory.Create(new ImageSpecInput());

    private static async Task<IReadOnlyList<string>> ChecksAskedOfTheScriptAsync(Variant variant, CheckSelection selection)
    {
        var engine = FakeEngine.Printing(RecordedOutputs.Good);
        await VerifyStep.VerifyAsync(Prepared.On(engine), Spec, VariantCatalog.Get(variant), "blog-python:x", selection, TimeSpan.FromSeconds(1), Logger.None, CancellationToken.None);
        var command = Assert.Single(engine.Runs).Command;
        return [.. command.Select((word, index) => (word, index)).Where(pair => pair.index > 0 && command[pair.index - 1] == "--check").Select(pair => pair.word)];
    }

    [Fact]
    public async Task A_distroless_image_is_checked_for_no_shell_and_every_module_and_a_small_one_is_not()
    {
        var distroless = await ChecksAskedOfTheScriptAsync(Variant.Distroless, CheckSelection.All);
        var small = await ChecksAskedOfTheScriptAsync(Variant.Small, CheckSelection.All);

        Assert.Equal(CheckSelection.ApplicableTo(distroless: true, hasApp: false), distroless);
        Assert.Equal(CheckSelection.ApplicableTo(distroless: false, hasApp: false), small);
        Assert.DoesNotContain(CheckNames.NoShell, small);
    }

    [Fact]
    public async Task Checks_left_out_by_the_selection_are_not_asked_and_are_recorded_as_not_run()
    {
        var engine = FakeEngine.Printing(RecordedOutputs.Good);
        var selection = CheckSelection.Parse(["non-root"], hasApp: false);

        var result = await VerifyStep.VerifyAsync(Prepared.On(engine), Spec, VariantCatalog.Get(Variant.Small), "blog-python:small", selection, TimeSpan.FromSeconds(1), Logger.None, CancellationToken.None);

        Assert.Equal(["--check", CheckNames.NonRoot, "--"], Assert.Single(engine.Runs).Command.Skip(2).Take(3));
        Assert.Contains(CheckNames.SharedLibraries, result.NotRunChecks);
        Assert.DoesNotContain(CheckNames.NonRoot, result.NotRunChecks);
    }
}
