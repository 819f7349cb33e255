namespace PyImages.Tests.Integration;

/// <summary>Integration tests share one engine, base image and uWSGI sources per test run: <c>[Collection(EngineCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "Engine";
}
