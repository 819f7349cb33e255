using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public sealed class LayerAnalyzerTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pyimages-layers-").FullName;

    private static LayerTarBuilder[] Layers() =>
    [
        new LayerTarBuilder().Directory("./usr").File("./usr/bin/gcc", 1000).File("./etc/kept", 10).File("./etc/changed", 300).File("./tmp/build/a.whl", 200).File("./tmp/build/b.whl", 100),
        new LayerTarBuilder().File("./etc/changed", 50).Whiteout("./usr/bin/gcc").Symlink("./usr/bin/cc", "gcc"),
        new LayerTarBuilder().Opaque("./tmp/build").File("./tmp/build/new.txt", 7),
    ];

    [Fact]
    public async Task Deleted_and_overwritten_files_count_as_wasted_with_the_layers_that_added_and_removed_them()
    {
        var analysis = await AnalyzeDockerArchive(Layers());

        Assert.Equal(1000 + 300 + 200 + 100, analysis.WastedBytes);
        Assert.Equal(
            ["/usr/bin/gcc 1000 0->1 deleted", "/etc/changed 300 0->1 overwritten", "/tmp/build/a.whl 200 0->2 deleted", "/tmp/build/b.whl 100 0->2 deleted"],
            analysis.WastedFiles.Select(file => $"{file.Path} {file.SizeBytes} {file.AddedInLayer}->{file.RemovedInLayer} {(file.Overwritten ? "overwritten" : "deleted")}"));
    }

    [Fact]
    public async Task Layers_come_in_manifest_order_with_their_size_files_and_wasted_bytes()
    {
        var analysis = await AnalyzeDockerArchive(Layers());

        Assert.Equal(
            [new LayerSummary(0, null, 1610, 5, 1600), new LayerSummary(1, null, 50, 2, 0), new LayerSummary(2, null, 7, 1, 0)],
            analysis.Layers);
    }

    [Fact]
    public async Task Efficiency_is_the_smallest_size_of_each_path_over_all_its_sizes()
    {
        var analysis = await AnalyzeDockerArchive(Layers());

        // min: kept 10 + changed 50 + new 7 (+ 0 for gcc, wheels, cc symlink); all: 10 + 350 + 7 + 1000 + 200 + 100.
        Assert.Equal(67.0 / 1667.0, analysis.Efficiency, precision: 6);
    }

    [Fact]
    public async Task An_image_that_writes_every_path_once_is_fully_efficient()
    {
        var analysis = await AnalyzeDockerArchive(new LayerTarBuilder().File("./a", 5), new LayerTarBuilder().File("./b", 6));

        Assert.Equal(1.0, analysis.Efficiency);
        Assert.Equal(0, analysis.WastedBytes);
    }

    [Fact]
    public async Task FindFiles_sees_deleted_files_in_all_layers_but_not_in_the_final_image()
    {
        var analysis = await AnalyzeDockerArchive(Layers());
        static bool IsWheel(ImageFile file) => file.Path.EndsWith(".whl", StringComparison.Ordinal);

        Assert.Equal(["/tmp/build/a.whl", "/tmp/build/b.whl"], analysis.FindFiles(IsWheel).Select(file => file.Path));
        Assert.Empty(analysis.FindFiles(IsWheel, FileScope.FinalImage));
        Assert.Equal(
            ["/etc/changed 50 @1", "/etc/kept 10 @0", "/tmp/build/new.txt 7 @2", "/usr/bin/cc 0 @1"],
            analysis.FindFiles(_ => true, FileScope.FinalImage).Select(file => $"{file.Path} {file.SizeBytes} @{file.LayerIndex}"));
    }

    [Fact]
    public async Task A_whiteout_of_a_directory_deletes_everything_below_it()
    {
        var analysis = await AnalyzeDockerArchive(
            new LayerTarBuilder().File("./opt/tool/bin/x", 40).File("./opt/tool/lib/y", 60).File("./opt/toolbox", 1),
            new LayerTarBuilder().Whiteout("./opt/tool"));

        Assert.Equal(100, analysis.WastedBytes);
        Assert.Equal(["/opt/toolbox"], analysis.FindFiles(_ => true, FileScope.FinalImage).Select(file => file.Path));
    }

    [Fact]
    public async Task An_opaque_directory_keeps_what_its_own_layer_adds_even_when_the_marker_comes_last()
    {
        var analysis = await AnalyzeDockerArchive(
            new LayerTarBuilder().File("./d/old", 9),
            new LayerTarBuilder().File("./d/new", 3).Opaque("./d"));

        Assert.Equal(["/d/new"], analysis.FindFiles(_ => true, FileScope.FinalImage).Select(file => file.Path));
        Assert.Equal(9, analysis.WastedBytes);
    }

    [Fact]
    public async Task An_OCI_layout_reads_the_same_as_a_docker_archive()
    {
        var oci = Path.Combine(directory, "oci.tar");
        SavedImageBuilder.WriteOciLayout(oci, Layers());

        var fromOci = await LayerAnalyzer.AnalyzeAsync(oci);
        var fromDocker = await AnalyzeDockerArchive(Layers());

        Assert.Equal(fromDocker.Layers, fromOci.Layers);
        Assert.Equal(fromDocker.WastedBytes, fromOci.WastedBytes);
    }

    [Fact]
    public async Task History_names_the_layers_when_its_non_empty_steps_match_them()
    {
        var history = LayerHistoryParser.Parse(RecordedSamples.DockerHistoryRawBytes);
        var analysis = await AnalyzeDockerArchive(history, Layers());

        Assert.Equal(
            ["", "RUN echo hello > /tmp/a.txt && mkdir -p /opt/d && echo x > /opt/d/f", "RUN rm /tmp/a.txt && echo again > /opt/d/g"],
            analysis.Layers.Select(layer => layer.Instruction));
    }

    [Fact]
    public async Task A_file_that_is_not_a_saved_image_is_refused_with_its_path()
    {
        var path = Path.Combine(directory, "not-an-image.tar");
        await File.WriteAllBytesAsync(path, new LayerTarBuilder().File("./hello", 3).ToBytes());

        var error = await Assert.ThrowsAsync<PyImagesException>(() => LayerAnalyzer.AnalyzeAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private Task<LayerAnalysis> AnalyzeDockerArchive(params LayerTarBuilder[] layers) => AnalyzeDockerArchive(null, layers);

    private Task<LayerAnalysis> AnalyzeDockerArchive(IReadOnlyList<LayerHistoryEntry>? history, params LayerTarBuilder[] layers)
    {
        var path = Path.Combine(directory, Guid.NewGuid() + ".tar");
        SavedImageBuilder.WriteDockerArchive(path, layers);
        return LayerAnalyzer.AnalyzeAsync(path, history);
    }
}
