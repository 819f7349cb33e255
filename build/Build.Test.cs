using System.Xml.Linq;

partial class Build
{
    AbsolutePath TestResultsDirectory => ArtifactsDirectory / "test-results";

    Target Test => _ => _
        .Description("Run the unit and integration tests; trx results under artifacts/test-results")
        .DependsOn(Compile)
        .Produces(TestResultsDirectory / "*.trx")
        .Executes(() =>
        {
            TestResultsDirectory.CreateOrCleanDirectory();
            Exception? testRunFailure = null;
            try
            {
                DotNetTest(s => s
                    .SetProjectFile(SolutionFile)
                    .SetConfiguration(Configuration.ToString())
                    .EnableNoBuild()
                    .SetResultsDirectory(TestResultsDirectory)
                    .SetLoggers("trx"));
            }
            catch (Exception exception)
            {
                testRunFailure = exception;
            }

            var (passed, failed, skipped) = SummarizeTestResults();
            if (failed > 0)
                throw new Exception($"{failed} test(s) failed; see the trx files in {TestResultsDirectory}.");
            if (testRunFailure != null)
                throw new Exception("dotnet test failed.", testRunFailure);
            if (passed + skipped == 0)
                throw new Exception("No test ran.");
        });

    (int Passed, int Failed, int Skipped) SummarizeTestResults()
    {
        var results = TestResultsDirectory.GlobFiles("*.trx")
            .SelectMany(file => XDocument.Load(file).Descendants().Where(element => element.Name.LocalName == "UnitTestResult"))
            .ToList();
        int Count(string outcome) => results.Count(result => (string?)result.Attribute("outcome") == outcome);
        var (passed, failed) = (Count("Passed"), Count("Failed"));
        var skipped = results.Where(result => (string?)result.Attribute("outcome") == "NotExecuted").ToList();
        foreach (var result in skipped)
        {
            var reason = result.Descendants().FirstOrDefault(element => element.Name.LocalName is "Message" or "StdOut")?.Value.Trim();
            Log.Warning("Skipped {Test}: {Reason}", (string?)result.Attribute("testName"), reason ?? "no reason given");
        }

        var line = $"Test: {passed} passed, {failed} failed, {skipped.Count} skipped";
        Console.WriteLine(line);
        Log.Debug(line);
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
            File.AppendAllText(stepSummary, $"{line}{Environment.NewLine}");
        return (passed, failed, skipped.Count);
    }
}
