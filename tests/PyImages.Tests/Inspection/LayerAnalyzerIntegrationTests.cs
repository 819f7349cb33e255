using PyImages.Inspection;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Inspection;

[Trait("Category", "Integration")]
public sealed class LayerAnalyzerIntegrationTests
{
    [SkippableTheory]
    [InlineData("docker")]
    [InlineData("podman")]
    public async Task A_file_removed_in_a_later_layer_is_still_shipped_and_counted_as_wasted(string executable)
    {
        var engine = new EngineForTests(executable);
        await engine.RequireAsync();
        await engine.EnsureBaseImageAsync();
        var tag = $"{TestRepositories.Named("layer-analyzer")}:wasted";
        const long fiveMegabytes = 5 * 1024 * 1024;
        await engine.BuildAsync(tag, $"""
            FROM {EngineForTests.BaseImage}
            RUN head -c {fiveMegabytes} /dev/zero > /big.bin
            RUN rm /big.bin
            """);
        var archive = Path.Combine(Path.GetTempPath(), $"pyimages-wasted-{Guid.NewGuid():N}.tar");
        try
        {
            await engine.Engine.SaveImageAsync(tag, archive);
            var history = LayerHistoryParser.Parse(await engine.Engine.HistoryJsonLinesAsync(tag));
            var facts = ImageFactsParser.Parse(await engine.Engine.InspectImageJsonAsync(tag));

            var analysis = await LayerAnalyzer.AnalyzeAsync(archive, history);

            Assert.True(analysis.WastedBytes >= fiveMegabytes, $"wasted {analysis.WastedBytes}");
            var big = Assert.Single(analysis.WastedFiles, file => file.Path == "/big.bin");
            Assert.Equal((fiveMegabytes, facts.LayerDigests.Count - 2, facts.LayerDigests.Count - 1), (big.SizeBytes, big.AddedInLayer, big.RemovedInLayer));
            Assert.Equal(facts.LayerDigests.Count, analysis.Layers.Count);
            Assert.Equal("RUN rm /big.bin", analysis.Layers[^1].Instruction);
            Assert.Empty(analysis.FindFiles(file => file.Path == "/big.bin", FileScope.FinalImage));
            Assert.True(analysis.Efficiency < 1.0);
        }
        finally
        {
            File.Delete(archive);
            await engine.Engine.RemoveImagesAsync([tag]);
        }
    }
}
