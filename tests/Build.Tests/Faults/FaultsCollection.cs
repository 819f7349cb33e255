namespace Build.Tests.Faults;

/// <summary>
/// The process-level fault tests run one after the other: they start whole builds, and some time their signals
/// by the output. They share a warmed bootstrapper and one fetch of uWSGI's sources.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "Faults";
}
