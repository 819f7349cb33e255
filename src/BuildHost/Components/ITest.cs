using BuildHost.IO;
using BuildHost.ProjectModel;
using BuildHost.Tooling;
using BuildHost.Tools.DotNet;
using BuildHost.Utilities.Collections;
using static BuildHost.Tools.DotNet.DotNetTasks;

namespace BuildHost.Components;

public interface ITest : ICompile, IHazArtifacts
{
    AbsolutePath TestResultDirectory => ArtifactsDirectory / "test-results";

    int TestDegreeOfParallelism => 1;

    Target Test => _ => _
        .DependsOn(Compile)
        .Produces(TestResultDirectory / "*.trx")
        .Produces(TestResultDirectory / "*.xml")
        .Executes(() =>
        {
            try
            {
                var settings = TestProjects.Select(project => new DotNetTestSettings()
                    .SetConfiguration(Configuration)
                    .SetNoBuild(((NukeBuild)this).HasSucceeded(nameof(Compile)))
                    .SetResultsDirectory(TestResultDirectory)
                    .Apply(TestSettings)
                    .SetProjectFile(project)
                    .AddLoggers($"trx;LogFileName={project.Name}.trx")
                    .Apply(TestProjectSettings, project)).ToList();
                DotNetTest(settings, TestDegreeOfParallelism);
                if (TestResults.Read(TestResultDirectory).Total == 0)
                    throw new InvalidOperationException($"No test ran; see the .trx files in {TestResultDirectory}.");
            }
            finally
            {
                ReportTestCount();
            }
        });

    /// <summary>Counts the outcomes in the .trx files: the summary table, the closing line, and the skipped tests with their reasons.</summary>
    void ReportTestCount()
    {
        var results = TestResults.Read(TestResultDirectory);
        foreach (var skipped in results.Skipped)
            Serilog.Log.Warning("Skipped {Test}: {Reason}", skipped.Name, skipped.Reason);
        ReportSummary(_ => _
            .When(results.Failed > 0, _ => _.AddPair("Failed", results.Failed.ToString()))
            .AddPair("Passed", results.Passed.ToString())
            .When(results.Skipped.Count > 0, _ => _.AddPair("Skipped", results.Skipped.Count.ToString())));
        results.Announce();
    }

    Configure<DotNetTestSettings> TestSettings => _ => _;

    Configure<DotNetTestSettings, Project> TestProjectSettings => (settings, _) => settings;

    IEnumerable<Project> TestProjects { get; }
}
