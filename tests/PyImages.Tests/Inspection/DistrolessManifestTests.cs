using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public sealed class DistrolessManifestTests
{
    private const string Manifest = """
        {"schema": 1,
         "files": {"/usr/bin/python3.11": "interpreter", "/usr/lib/x86_64-linux-gnu/libcrypto.so.3": "library needed by /usr/lib/python3.11/lib-dynload/_ssl.so"},
         "folders": {"/usr/lib/python3.11": "standard library", "/opt/python-packages": "installed packages"}}
        """;

    [Fact]
    public void The_largest_files_come_first_each_with_the_reason_the_builder_recorded()
    {
        var manifest = DistrolessManifest.Parse(Manifest)!;
        ImageFile[] files =
        [
            new("/usr/bin/python3.11", 14_000, 1),
            new("/usr/lib/x86_64-linux-gnu/libcrypto.so.3", 4_700_000, 1),
            new("/opt/python-packages/bin/uwsgi", 1_200_000, 1),
            new("/usr/lib/python3.11/pydoc.py", 110_000, 1),
            new("/etc/passwd", 80, 1),
        ];

        var explained = manifest.Explain(files, 4);

        Assert.Equal(
            [
                new ExplainedFile("/usr/lib/x86_64-linux-gnu/libcrypto.so.3", 4_700_000, "library needed by /usr/lib/python3.11/lib-dynload/_ssl.so"),
                new ExplainedFile("/opt/python-packages/bin/uwsgi", 1_200_000, "installed packages (/opt/python-packages)"),
                new ExplainedFile("/usr/lib/python3.11/pydoc.py", 110_000, "standard library (/usr/lib/python3.11)"),
                new ExplainedFile("/usr/bin/python3.11", 14_000, "interpreter"),
            ],
            explained);
        Assert.StartsWith("not in the distroless record", manifest.ReasonFor("/etc/passwd"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"schema\": 2, \"files\": {}}")]
    [InlineData("[1, 2]")]
    public void Text_that_is_no_manifest_of_this_schema_is_none(string text) => Assert.Null(DistrolessManifest.Parse(text));
}
