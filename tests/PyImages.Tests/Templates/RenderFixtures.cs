using PyImages.Engine.BaseImages;
using PyImages.Spec;

namespace PyImages.Tests.Templates;

internal static class RenderFixtures
{
    public static BaseImageFacts DebianWithoutHeaders { get; } = new(
        "pyimages/python-debootstrap:bookworm", BaseFamily.Debian, "Debian GNU/Linux 12 (bookworm)", "/usr/bin/python3", "3.11.2",
        HasPythonHeaders: false, Bootstrapped: true, "python:3.12-slim");

    public static BaseImageFacts Alpine { get; } = new(
        "python:3.12-alpine", BaseFamily.Alpine, "Alpine Linux v3.20", "/usr/local/bin/python3", "3.12.7",
        HasPythonHeaders: true, Bootstrapped: false, "python:3.12-alpine");

    public static TheoryData<BaseFamily> Families => new(Enum.GetValues<BaseFamily>());

    public static BaseImageFacts For(BaseFamily family) => family == BaseFamily.Alpine ? Alpine : DebianWithoutHeaders;

    /// <summary>The lines of the last stage (after the last FROM).</summary>
    public static string FinalStage(string dockerfile) => dockerfile[dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

    /// <summary>The text without comment lines, so assertions look at instructions only.</summary>
    public static string WithoutComments(string dockerfile) =>
        string.Join('\n', dockerfile.Split('\n').Where(line => !line.TrimStart().StartsWith('#')));

    public static string BuilderStage(string dockerfile) => dockerfile[..dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)];
}
