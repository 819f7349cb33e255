using Xunit.Sdk;

namespace PyImages.Tests.Integration;

public class IntegrationGuardTests
{
    [Fact]
    public void Fails_with_the_reason_when_the_engine_is_missing_and_skipping_was_not_asked()
    {
        var error = Assert.Throws<FailException>(() => IntegrationGuard.Require("No container engine answers", _ => null));

        Assert.Contains("No container engine answers", error.Message);
    }

    [Fact]
    public void Skips_when_asked_to()
    {
        Assert.Throws<Xunit.SkipException>(() => IntegrationGuard.Require("No container engine answers", _ => "1"));
        Assert.Throws<Xunit.SkipException>(() => IntegrationGuard.Require(null, _ => "1"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("true")]
    [InlineData("")]
    public void Only_the_value_1_skips_so_a_typo_never_hides_a_missing_engine(string value)
    {
        Assert.Throws<FailException>(() => IntegrationGuard.Require("No container engine answers", _ => value));
        Assert.Null(Record.Exception(() => IntegrationGuard.Require(null, _ => value)));
    }
}
