partial class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Recipe);

    [Parameter("Configuration to build: Debug or Release. Default: Debug locally, Release on a CI server.")]
    readonly Configuration Configuration = IsLocalBuild ? Configuration.Debug : Configuration.Release;

    AbsolutePath SolutionFile => RootDirectory / "PyImages.sln";

    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    Target Clean => _ => _
        .Description("Remove this project's images and containers (only those with its label), artifacts/, and bin/obj of src/ and tests/")
        .Before(Compile, EnsureEngine)
        .Executes(async () =>
        {
            await Run.RemoveImagesAsync(Cancellation);
            foreach (var directory in RootDirectory.GlobDirectories("src/*/bin", "src/*/obj", "tests/*/bin", "tests/*/obj"))
                directory.DeleteDirectory();
            ArtifactsDirectory.DeleteDirectory();
        });

    Target Compile => _ => _
        .Description("Build the solution")
        .Executes(() => DotNetBuild(s => s
            .SetProjectFile(SolutionFile)
            .SetConfiguration(Configuration.ToString())));
}
