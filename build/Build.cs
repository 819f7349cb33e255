partial class Build : NukeBuild, ITest
{
    public static int Main() => Execute<Build>(x => x.Recipe);

    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    AbsolutePath IHazArtifacts.ArtifactsDirectory => ArtifactsDirectory;

    Target Clean => _ => _
        .Description("Remove this project's images and containers (only those with its label), artifacts/, and bin/obj of src/ and tests/")
        .Before<IRestore>(x => x.Restore)
        .Before(EnsureEngine)
        .Requires(() => InputIsValid)
        .Executes(async () =>
        {
            await Run.RemoveImagesAsync(Cancellation);
            foreach (var directory in RootDirectory.GlobDirectories("src/*/bin", "src/*/obj", "tests/*/bin", "tests/*/obj"))
                directory.DeleteDirectory();
            ArtifactsDirectory.DeleteDirectory();
            // The run's lock file and checks lived in artifacts/: a target after Clean starts a run of its own.
            run?.Dispose();
            run = null;
        });
}
