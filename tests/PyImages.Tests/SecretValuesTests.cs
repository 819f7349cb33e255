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

    [Theory]
    [InlineData("http://alice:t0ken@127.0.0.1:8080/simple/", "http://*****@127.0.0.1:8080/simple/")]
    [InlineData("https://t0ken@index.example/simple", "https://*****@index.example/simple")]
    [InlineData("https://index.example/simple/", "https://index.example/simple/")]
    [InlineData("not a url with alice:t0ken@", "*****")]
    public void Shows_a_url_with_its_user_and_token_masked(string url, string shown)
    {
        Assert.Equal(shown, SecretValues.Masked(url));
    }
}
