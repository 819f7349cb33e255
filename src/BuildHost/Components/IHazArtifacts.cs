using BuildHost.IO;

namespace BuildHost.Components;

public interface IHazArtifacts : INukeBuild
{
    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";
}
