using System.Text.RegularExpressions;

namespace PyImages.Engine.Cli;

/// <summary>
/// The container Docker's classic builder runs a RUN step in, named by its " ---> Running in &lt;id&gt;" line. After an
/// interrupt the engine removes it in the background ("Removal In Progress"); the run waits for that before it ends.
/// BuildKit and Podman run steps in no container the engine lists, and print no such line.
/// </summary>
public static partial class BuildContainer
{
    public static readonly TimeSpan RemovalWait = TimeSpan.FromSeconds(30);

    /// <summary>The container id a line of classic builder output names, or null.</summary>
    public static string? IdIn(string line) => RunningIn().Match(line) is { Success: true } match ? match.Groups["id"].Value : null;

    [GeneratedRegex(@"^\s*-*>?\s*Running in (?<id>[0-9a-f]{12,64})\s*$")]
    private static partial Regex RunningIn();
}
