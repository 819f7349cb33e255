using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public sealed class ImageArchiveTextFileTests : IDisposable
{
    private readonly string _archive = Path.Combine(Path.GetTempPath(), $"pyimages-archive-{Guid.NewGuid():N}.tar");

    public void Dispose() => File.Delete(_archive);

    [Fact]
    public async Task A_file_is_read_as_the_top_most_layer_that_has_it_holds_it()
    {
        SavedImageBuilder.WriteDockerArchive(_archive,
            new LayerTarBuilder().Text("usr/share/record.json", "first"),
            new LayerTarBuilder().File("usr/bin/python3", 10),
            new LayerTarBuilder().Text("./usr/share/record.json", "second"));

        Assert.Equal("second", await ImageArchiveReader.ReadTextFileAsync(_archive, "/usr/share/record.json"));
    }

    [Fact]
    public async Task An_oci_layout_is_read_the_same_way_and_a_missing_file_is_null()
    {
        SavedImageBuilder.WriteOciLayout(_archive, new LayerTarBuilder().Text("etc/os-release", "ID=debian"), new LayerTarBuilder().File("bin/true", 3));

        Assert.Equal("ID=debian", await ImageArchiveReader.ReadTextFileAsync(_archive, "/etc/os-release"));
        Assert.Null(await ImageArchiveReader.ReadTextFileAsync(_archive, "/usr/share/record.json"));
    }
}
