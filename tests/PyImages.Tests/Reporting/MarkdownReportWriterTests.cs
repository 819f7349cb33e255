using PyImages.Reporting;

namespace PyImages.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void The_table_reads_like_docker_images_with_what_the_numbers_mean()
    {
        var markdown = MarkdownReportWriter.Render(SampleReport.Create(), "sizes.svg");

        TextAssert.ContainsAll(
            markdown,
            "| REPOSITORY | TAG | IMAGE ID | CREATED | SIZE | OVER BASE | VS BIG | COMPILER | OUTCOME |",
            "| blog-python | big | 6f8d85c409a7 | 5 minutes ago | 512MB | +279MB | 0.0% | yes | built |",
            "| blog-python | small | 6f8d85c409a7 | 5 minutes ago | 245MB | +12.1MB | -52.1% | no | built |",
            "| blog-python | break | - | - | - | - | - | - | failed as expected: you need a C compiler to build uWSGI |",
            "> **Warning:** Base image: pyimages/python-debootstrap:bookworm, bootstrapped",
            "- OVER BASE: SIZE minus the base image");
    }

    [Fact]
    public void Verification_layers_and_gates_have_their_sections()
    {
        var markdown = MarkdownReportWriter.Render(SampleReport.Create(), null);

        TextAssert.ContainsAll(
            markdown,
            "| blog-python:small | uwsgi --version | **FAILED** | uwsgi: error while loading shared libraries: libpython3.11.so.1.0",
            "## Layers of blog-python:big-uninstall",
            "4 layers, wasted 280MB (280000000 bytes), efficiency 61.0%.",
            "| 1 | 280MB | 279MB | 9000 | RUN apt-get install -y gcc python3-dev |",
            "| /usr/lib/gcc/x86_64-linux-gnu/12/cc1 | 35MB | 1 | 3 (deleted) |",
            "| blog-python:small | --max-size | 200MB (200000000 bytes) | 245MB (245000000 bytes) | **TRIPPED** |");
    }

    [Fact]
    public void Cell_text_cannot_break_the_table_or_inject_html()
    {
        var markdown = MarkdownReportWriter.Render(SampleReport.Create(checkOutput: "a | b\n<img src=x>"), null);

        Assert.Contains("a \\| b<br>&lt;img src=x&gt;", markdown, StringComparison.Ordinal);
    }
}
