using PyImages.Spec;

namespace PyImages.Tests.Spec;

public class ShellQuoteTests
{
    [Theory]
    [InlineData("uwsgi", "'uwsgi'")]
    [InlineData("a; python_version >= \"3.8\"", "'a; python_version >= \"3.8\"'")]
    [InlineData("a; sys_platform == 'linux'", "'a; sys_platform == '\"'\"'linux'\"'\"''")]
    public void Wraps_values_in_single_quotes(string value, string quoted) =>
        Assert.Equal(quoted, ShellQuote.Quote(value));

    [Fact]
    public void Refuses_line_breaks() =>
        Assert.Throws<ArgumentException>(() => ShellQuote.Quote("a\nb"));

    [Fact]
    public void Quoted_values_come_back_unchanged_from_a_real_shell()
    {
        const string value = "a; sys_platform == 'linux' && $(id) `id` | > \"x\"";

        var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", "printf %s " + ShellQuote.Quote(value)])
        {
            RedirectStandardOutput = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(value, output);
    }
}
