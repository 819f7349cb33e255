using System.Text.RegularExpressions;
using Snapshooter;
using Snapshooter.Xunit;

namespace PyImages.Tests;

/// <summary>
/// Text compared with an approved snapshot beside the test (<c>__snapshots__/</c>), with what changes from run to run
/// (times, image ids) scrubbed. How to re-approve: see <c>tests/PyImages.Tests/SNAPSHOTS.md</c>.
/// </summary>
internal static partial class Approved
{
    public static void Matches(string text, string name) => Snapshot.Match(Scrub(text), SnapshotNameExtension.Create(name));

    public static string Scrub(string text) =>
        ImageId().Replace(Time().Replace(text.ReplaceLineEndings("\n"), "{time}"), "{id}");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}| UTC)?")]
    private static partial Regex Time();

    [GeneratedRegex(@"(sha256:)?\b[0-9a-f]{64}\b|\b[0-9a-f]{12}\b")]
    private static partial Regex ImageId();
}
