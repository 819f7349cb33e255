using PyImages.Inspection;

namespace PyImages.Tests.Inspection;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData(0, "0B")]
    [InlineData(6, "6B")]
    [InlineData(1500, "1.5kB")]
    [InlineData(232937182, "233MB")]
    [InlineData(12_345_678, "12.3MB")]
    [InlineData(999_999, "1MB")]
    [InlineData(1_234_567_890, "1.23GB")]
    public void Formats_like_docker_images(long bytes, string expected)
    {
        Assert.Equal(expected, ByteSize.Format(bytes));
    }

    [Theory]
    [InlineData("123", 123)]
    [InlineData("6B", 6)]
    [InlineData("12.3MB", 12_300_000)]
    [InlineData("200 mb", 200_000_000)]
    [InlineData("1.5kB", 1500)]
    [InlineData("1GiB", 1_073_741_824)]
    public void Parses_docker_and_binary_units(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("12 parsecs")]
    [InlineData("-5MB")]
    public void Refuses_what_is_not_a_size(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }
}
