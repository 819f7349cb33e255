using BuildHost.Tools.DotNet;

namespace BuildHost.Tests.Tools.DotNet;

public sealed class DotNetTasksTests
{
    [Fact]
    public void Test_settings_become_dotnet_test_arguments()
    {
        var settings = new DotNetTestSettings()
            .SetProjectFile("App.sln")
            .SetConfiguration("Release")
            .EnableNoBuild()
            .EnableNoRestore()
            .SetResultsDirectory("out/results")
            .SetLoggers("trx")
            .SetFilter("Category!=Integration")
            .SetVerbosity(DotNetVerbosity.minimal);

        Assert.Equal(
            ["test", "App.sln", "--configuration=Release", "--verbosity=minimal", "--no-restore", "--no-build",
             "--results-directory=out/results", "--logger=trx", "--filter=Category!=Integration", "-nologo"],
            DotNetTasks.Arguments(settings));
    }

    [Fact]
    public void Build_clean_and_restore_settings_name_their_command()
    {
        Assert.Equal(["build", "App.sln", "--configuration=Debug", "-nologo"],
            DotNetTasks.Arguments(new DotNetBuildSettings().SetProjectFile("App.sln").SetConfiguration("Debug")));
        Assert.Equal(["clean", "App.sln", "-nologo"], DotNetTasks.Arguments(new DotNetCleanSettings().SetProject("App.sln")));
        Assert.Equal(["restore", "-nologo"], DotNetTasks.Arguments(new DotNetRestoreSettings()));
    }
}
