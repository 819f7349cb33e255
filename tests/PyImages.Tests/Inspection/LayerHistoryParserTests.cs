using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public sealed class LayerHistoryParserTests
{
    [Fact]
    public void Docker_history_with_raw_bytes_lists_layers_lowest_first_with_exact_sizes()
    {
        var history = LayerHistoryParser.Parse(RecordedSamples.DockerHistoryRawBytes);

        Assert.Equal(
            [
                new LayerHistoryEntry(string.Empty, 232937168, false, string.Empty),
                new LayerHistoryEntry("RUN echo hello > /tmp/a.txt && mkdir -p /opt/d && echo x > /opt/d/f", 8, false, "/bin/sh -c echo hello > /tmp/a.txt && mkdir -p /opt/d && echo x > /opt/d/f"),
                new LayerHistoryEntry("RUN rm /tmp/a.txt && echo again > /opt/d/g", 6, false, "/bin/sh -c rm /tmp/a.txt && echo again > /opt/d/g"),
                new LayerHistoryEntry("LABEL org.pyimages.variant=sample", 0, true, "/bin/sh -c #(nop)  LABEL org.pyimages.variant=sample"),
            ],
            history);
    }

    [Fact]
    public void Docker_history_with_human_sizes_reads_them_to_three_significant_digits()
    {
        var history = LayerHistoryParser.Parse(RecordedSamples.DockerHistory);

        Assert.Equal([233_000_000L, 8, 6, 0], history.Select(entry => entry.SizeBytes));
        Assert.Equal([false, false, false, true], history.Select(entry => entry.IsEmptyLayer));
    }

    [Fact]
    public void Podman_history_array_gives_the_same_steps_with_tar_sizes()
    {
        var history = LayerHistoryParser.Parse(RecordedSamples.PodmanHistory);
        var docker = LayerHistoryParser.Parse(RecordedSamples.DockerHistoryRawBytes);

        Assert.Equal(docker.Select(entry => entry.Instruction), history.Select(entry => entry.Instruction));
        Assert.Equal([241162240L, 4608, 4096, 0], history.Select(entry => entry.SizeBytes));
        Assert.Equal([false, false, false, true], history.Select(entry => entry.IsEmptyLayer));
    }

    [Theory]
    [InlineData("/bin/sh -c #(nop) ADD file:abc in / ", "ADD file:abc in /")]
    [InlineData("/bin/sh -c #(nop) WORKDIR /app", "WORKDIR /app")]
    [InlineData("RUN /bin/sh -c pip install x # buildkit", "RUN pip install x # buildkit")]
    [InlineData("RUN |2 A=1 B=2 /bin/sh -c make", "RUN make")]
    [InlineData("COPY /wheels /wheels # buildkit", "COPY /wheels /wheels # buildkit")]
    public void Instructions_lose_the_shell_and_nop_prefixes(string createdBy, string expected)
    {
        Assert.Equal(expected, LayerHistoryParser.CleanInstruction(createdBy));
    }

    [Fact]
    public void A_copy_step_with_no_bytes_still_counts_as_a_layer()
    {
        var history = LayerHistoryParser.Parse("""{"CreatedBy":"/bin/sh -c #(nop) COPY dir:abc in /app ","Size":"0B"}""");

        Assert.False(Assert.Single(history).IsEmptyLayer);
    }

    [Fact]
    public void A_line_that_is_not_json_is_refused_with_the_line()
    {
        var error = Assert.Throws<PyImagesException>(() => LayerHistoryParser.Parse("permission denied"));

        Assert.Contains("permission denied", error.Message, StringComparison.Ordinal);
    }
}
