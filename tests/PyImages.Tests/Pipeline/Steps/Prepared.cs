using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Inspection;
using PyImages.Pipeline.Steps;
using PyImages.Spec;

namespace PyImages.Tests.Pipeline.Steps;

/// <summary>A base step's value around a fake engine: the bootstrapped Debian base, the classic builder.</summary>
internal static class Prepared
{
    public static PreparedEngine On(IContainerEngine engine) => new(
        new EngineSession(engine, new EngineInfo(EngineKind.Docker, "20.10.24", EngineBuilders.Classic, BuilderCapabilities.Classic, Confirmed: true)),
        new BaseImageFacts("pyimages/python-debootstrap:bookworm", BaseFamily.Debian, "Debian GNU/Linux 12 (bookworm)", "/usr/bin/python3", "3.11.2", false, true, "python:3.12-slim"),
        new ImageFacts("sha256:b", [], null, 143_000_000, ImageSizeAccounting.DockerContentBytes, new Dictionary<string, string>(), "amd64", "linux", "", [], [], [], []));
}
