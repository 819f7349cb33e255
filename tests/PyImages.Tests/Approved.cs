using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PyImages.Tests.Templates;
using Snapshooter;
using Snapshooter.Xunit;

namespace PyImages.Tests;

/// <summary>
/// Text compared with an approved snapshot beside the test (<c>__snapshots__/</c>), with what changes from run to run
/// (times, image ids) scrubbed. How to re-approve: see <c>tests/PyImages.Tests/SNAPSHOTS.md</c>.
/// </summary>
internal static partial class Approved
{
    public static void Matches(string text, string name, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "") =>
        Snapshot.Match(Scrub(text), new SnapshotFullName($"{Path.GetFileNameWithoutExtension(testFile)}.{test}_{name}.snap", SnapshotFolder(testFile)));

    // The folder is found from the repository, not from the compiled source path: a CI build (ContinuousIntegrationBuild)
    // maps source paths to /_/, where Snapshooter would look for the snapshots otherwise.
    private static string SnapshotFolder(string testFile)
    {
        const string project = "tests/PyImages.Tests/";
        var path = testFile.Replace('\\', '/');
        var relative = path[(path.LastIndexOf(project, StringComparison.Ordinal) + project.Length)..];
        return Path.Combine(RepositoryRoot.Find(), project, Path.GetDirectoryName(relative) ?? "");
    }

    public static string Scrub(string text) =>
        ImageId().Replace(Time().Replace(text.ReplaceLineEndings("\n"), "{time}"), "{id}");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}| UTC)?")]
    private static partial Regex Time();

    [GeneratedRegex(@"(sha256:)?\b[0-9a-f]{64}\b|\b[0-9a-f]{12}\b")]
    private static partial Regex ImageId();
}
