namespace Build.Tests.Faults;

/// <summary>
/// Names of the images, repositories and containers this test run makes: each carries a run id, so two checkouts'
/// suites on one shared engine (two CI jobs, a developer and CI) never build, tag or remove each other's. The base
/// (<see cref="FaultsFixture.BaseImage"/>) is not one of them: it is made once per engine and shared on purpose.
/// </summary>
public static class FaultsNames
{
    public static string RunId { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>"blog-python" → "pyimages-faults-1a2b3c4d-blog-python" (a valid repository and container name).</summary>
    public static string Named(string name) => $"pyimages-faults-{RunId}-{name}";
}
