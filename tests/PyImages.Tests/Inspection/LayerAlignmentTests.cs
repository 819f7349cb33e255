using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public class LayerAlignmentTests
{
    private static LayerHistoryEntry Step(string instruction, long size, bool empty = false) => new(instruction, size, empty, instruction);

    [Fact]
    public void A_RUN_that_changed_nothing_and_stored_no_layer_is_passed_over()
    {
        LayerHistoryEntry[] history =
        [
            Step("", 143_000_000),
            Step("ENV A=1", 0, empty: true),
            Step("RUN apt-get install gcc", 219_000_000),
            Step("RUN python3 -c 'import setuptools'", 0),
            Step("RUN pip install uwsgi", 1_200_000),
        ];

        Assert.Equal(["", "RUN apt-get install gcc", "RUN pip install uwsgi"], LayerAnalyzer.Align(history, layerCount: 3));
    }

    [Fact]
    public void A_0_byte_step_that_did_store_a_layer_keeps_its_place()
    {
        LayerHistoryEntry[] history = [Step("", 143_000_000), Step("COPY empty /x", 0), Step("RUN pip install uwsgi", 1_200_000)];

        Assert.Equal(["", "COPY empty /x", "RUN pip install uwsgi"], LayerAnalyzer.Align(history, layerCount: 3));
    }

    [Fact]
    public void Counts_that_cannot_agree_name_no_instructions()
    {
        Assert.Null(LayerAnalyzer.Align([Step("", 1), Step("RUN a", 5)], layerCount: 3));
    }
}
