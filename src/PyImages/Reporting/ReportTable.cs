namespace PyImages.Reporting;

/// <summary>The main table, as text cells, shared by the console, Markdown and HTML writers: <c>docker images</c> columns plus what they mean.</summary>
public static class ReportTable
{
    public static IReadOnlyList<string> Header { get; } = ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE", "OVER BASE", "VS BIG", "COMPILER", "OUTCOME"];

    public static IReadOnlyList<IReadOnlyList<string>> Rows(Report report) =>
        report.Variants.Select(variant => (IReadOnlyList<string>)
        [
            variant.Repository,
            variant.Tag,
            variant.ImageId ?? ReportText.Missing,
            ReportText.Created(variant.Created, report.GeneratedAt),
            ReportText.Size(variant.SizeBytes),
            ReportText.SignedSize(variant.SizeOverBaseBytes),
            ReportText.Percent(variant.ChangeVersusBigPercent),
            ReportText.Compiler(variant.CompilerPresent),
            variant.Outcome.ToString(),
        ]).ToList();

    /// <summary>One sentence per column and per figure that is not self-evident.</summary>
    public static IReadOnlyList<string> Legend(Report report) =>
    [
        $"SIZE: the engine's image size ({SizeMeaning(report)}), in 1000-based units as docker prints them; report.json has exact bytes.",
        $"OVER BASE: SIZE minus the base image {report.BaseImage.Used} ({ReportText.Size(report.BaseImage.SizeBytes)}): what the variant adds.",
        "VS BIG: change of SIZE against the Big image (compiler installed); negative is smaller.",
        "COMPILER: whether gcc, cc or g++ is on PATH inside the image.",
        "OUTCOME: built; failed as expected (the variant exists to show the failure); FAILED (it should have built); not built.",
        "WASTED: bytes of files a layer carries but a later layer deletes or overwrites; they still ship. EFFICIENCY: dive's score, 100% = no file stored twice or deleted.",
    ];

    /// <summary>Names the configured base and, when it differs, the one really used.</summary>
    public static string BaseImageLine(Report report) => report.BaseImage switch
    {
        { Bootstrapped: true } b => $"Base image: {b.Used}, bootstrapped from the distribution's packages because {b.Configured} could be neither found nor pulled.",
        { } b when b.Used != b.Configured => $"Base image: {b.Used} (configured: {b.Configured}).",
        { } b => $"Base image: {b.Used}.",
    };

    public static string EngineLine(Report report) =>
        $"Engine: {report.Engine.Name} {report.Engine.Version}, {report.Engine.Builder} builder. Generated {report.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.";

    private static string SizeMeaning(Report report) => report.Engine.SizeAccounting == Inspection.ImageSizeAccounting.PodmanLayerTarBytes
        ? "Podman counts the bytes of the uncompressed layer tars, a few percent more than Docker's figure for the same image"
        : "Docker counts the bytes of the files in all layers";
}
