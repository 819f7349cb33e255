using System.Xml.Linq;
using BuildHost.CI.GitHubActions;
using BuildHost.IO;
using Serilog;

namespace BuildHost.Components;

/// <summary>The outcomes in a folder of .trx files.</summary>
internal sealed record TestResults(int Passed, int Failed, IReadOnlyList<(string Name, string Reason)> Skipped)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public int Total => Passed + Failed + Skipped.Count;

    public static TestResults Read(AbsolutePath directory)
    {
        var results = directory.GlobFiles("*.trx").SelectMany(file => XDocument.Load(file).Descendants(Trx + "UnitTestResult")).ToList();
        int Count(string outcome) => results.Count(result => (string?)result.Attribute("outcome") == outcome);
        var skipped = results.Where(result => (string?)result.Attribute("outcome") == "NotExecuted")
            .Select(result => ((string?)result.Attribute("testName") ?? "?",
                result.Descendants().FirstOrDefault(element => element.Name.LocalName is "Message" or "StdOut")?.Value.Trim() ?? "no reason given"))
            .ToList();
        return new TestResults(Count("Passed"), Count("Failed"), skipped);
    }

    /// <summary>The closing line <c>Test: N passed, N failed, N skipped</c>, also in the GitHub Actions job summary.</summary>
    public void Announce()
    {
        var line = $"Test: {Passed} passed, {Failed} failed, {Skipped.Count} skipped";
        Log.Information(line);
        if (GitHubActions.Instance?.StepSummaryFile is { } summary)
            File.AppendAllText(summary, line + Environment.NewLine);
    }
}
