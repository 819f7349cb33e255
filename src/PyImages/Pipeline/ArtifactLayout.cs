namespace PyImages.Pipeline;

/// <summary>Where a run writes, all under artifacts/: never into the source tree.</summary>
public sealed record ArtifactLayout(string Root)
{
    public string Dockerfiles => Path.Combine(Root, "dockerfiles");

    public string Sources => Path.Combine(Root, "sources");

    /// <summary>An application's build context: the sources and the app's files, staged side by side.</summary>
    public string AppContext => Path.Combine(Root, "context");

    public string Logs => Path.Combine(Root, "logs");

    public string Reports => Path.Combine(Root, "report");

    /// <summary>Outcomes, verification and analysis results, read by a later Report run.</summary>
    public string State => Path.Combine(Root, "state");

    /// <summary>Scratch space: image archives, the bootstrap's root file system.</summary>
    public string Work => Path.Combine(Root, "work");

    public string LockFile => Path.Combine(Root, ".run.lock");

    public string BuildLog(string variant) => Path.Combine(Logs, $"{variant}.log");

    /// <summary>The folders a run writes into, each directly under <see cref="Root"/>.</summary>
    public IReadOnlyList<string> Directories => [Dockerfiles, Sources, AppContext, Logs, Reports, State, Work];
}
