using PyImages.Engine;

namespace PyImages.Tests.Engine;

public class EngineBuildersTests
{
    [Theory]
    [InlineData(EngineKind.Docker, true, null, EngineBuilders.BuildKit, true)]
    [InlineData(EngineKind.Docker, true, "1", EngineBuilders.BuildKit, true)]
    [InlineData(EngineKind.Docker, true, "0", EngineBuilders.Classic, false)]
    [InlineData(EngineKind.Docker, false, null, EngineBuilders.Classic, false)]
    [InlineData(EngineKind.Podman, false, "0", EngineBuilders.Buildah, true)]
    public void Detects_the_builder_from_buildx_and_DOCKER_BUILDKIT(EngineKind kind, bool buildx, string? variable, string builder, bool mounts)
    {
        Assert.Equal((builder, mounts), EngineBuilders.Detect(kind, buildx, variable));
    }
}
