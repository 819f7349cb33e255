namespace PyImages.Tests;

public class SecretValuesTests
{
    [Fact]
    public void Removes_the_url_and_its_credentials_wherever_they_appear()
    {
        const string url = "https://alice:s3cr%40t@index.example/simple";
        var text = $"ERROR: could not reach {url}; user alice:s3cr@t; token s3cr%40t; host index.example/simple";

        var redacted = SecretValues.MaskIn(text, url);

        Assert.DoesNotContain("s3cr", redacted);
        Assert.DoesNotContain("alice", redacted);
        Assert.Contains("ERROR: could not reach ***", redacted);
    }

    [Fact]
    public void Leaves_text_alone_without_an_index_url()
    {
        Assert.Equal("ERROR: x", SecretValues.MaskIn("ERROR: x", null));
    }
}
