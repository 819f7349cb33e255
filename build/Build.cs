partial class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Test);

    [Parameter("Configuration to build: Debug or Release. Default: Debug locally, Release on a CI server.")]
    readonly Configuration Configuration = IsLocalBuild ? Configuration.Debug : Configuration.Release;

    AbsolutePath SolutionFile => RootDirectory / "PyImages.sln";

    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    Target Clean => _ => _
        .Description("Delete artifacts/ and the bin/obj folders of src/ and tests/")
        .Before(Compile)
        .Executes(() =>
        {
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
