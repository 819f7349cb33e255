using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Inspection;

namespace PyImages.Pipeline.Steps;

/// <summary>
/// What the base image step leaves for every image step after it: the engine with its builder confirmed by probe builds
/// on the base, the base's facts, and the base as the engine has it (its size is the report's reference).
/// </summary>
public sealed record PreparedEngine(EngineSession Session, BaseImageFacts Base, ImageFacts BaseImage)
{
    public IContainerEngine Engine => Session.Engine;

    public EngineInfo Info => Session.Info;
}
