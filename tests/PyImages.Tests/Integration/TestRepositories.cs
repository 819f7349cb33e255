namespace PyImages.Tests.Integration;

/// <summary>
/// Image repositories of this test run: each name carries a run id, so two checkouts' suites on one shared engine
/// (two CI jobs, a developer and CI) never build, tag or remove each other's images.
/// </summary>
internal static class TestRepositories
{
    public static string RunId { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>"recipe-docker" → "pyimages-test-1a2b3c4d-recipe-docker".</summary>
    public static string Named(string name) => $"pyimages-test-{RunId}-{name}";
}
