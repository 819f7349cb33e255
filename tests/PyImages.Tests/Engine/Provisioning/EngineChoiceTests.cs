using PyImages.Engine;
using PyImages.Engine.Provisioning;

namespace PyImages.Tests.Engine.Provisioning;

public class EngineChoiceTests
{
    [Theory]
    [InlineData(EngineKind.Podman, EngineKind.Podman, "as requested")]
    [InlineData(null, EngineKind.Docker, "docker CLI reaches an engine")]
    [InlineData(null, EngineKind.Podman, "docker does not answer")]
    public void The_log_says_why_the_engine_was_taken(EngineKind? requested, EngineKind chosen, string why)
    {
        Assert.Contains(why, EngineChoice.Why(requested, chosen));
    }

    [Fact]
    public void An_install_says_whether_it_was_asked_for()
    {
        Assert.Contains("neither docker nor podman answers", EngineChoice.WhyInstall(null));
        Assert.Contains("requested", EngineChoice.WhyInstall(EngineKind.Podman));
    }
}
