namespace PyImages.Tests.Integration;

/// <summary>
/// The one skip rule of both test projects (Build.Tests links this file): integration tests start with
/// <see cref="Require"/>, fail with the reason when no engine/base could be had, and skip only when
/// PYIMAGES_SKIP_INTEGRATION=1 is set.
/// </summary>
public static class IntegrationGuard
{
    public const string SkipVariable = "PYIMAGES_SKIP_INTEGRATION";

    public static bool SkipRequested(Func<string, string?>? environment = null) =>
        (environment ?? Environment.GetEnvironmentVariable)(SkipVariable) == "1";

    /// <param name="failure">Why the engine/base is not there; null when it is.</param>
    /// <param name="environment">Where the skip variable is read; null: this process's environment.</param>
    public static void Require(string? failure, Func<string, string?>? environment = null)
    {
        Skip.If(SkipRequested(environment), $"{SkipVariable}=1: integration tests are skipped");
        if (failure is not null)
        {
            Assert.Fail($"Integration test needs a container engine and the base image, which could not be had: {failure} (set {SkipVariable}=1 to skip these tests)");
        }
    }
}
