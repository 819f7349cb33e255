namespace PyImages.Tests.Pipeline;

/// <summary>Tests that read the recipe built once per test run on Docker's classic builder: <c>[Collection(RecipeCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class RecipeCollection : ICollectionFixture<DockerRecipeFixture>
{
    public const string Name = "Recipe";
}

/// <summary>The same recipe built once per test run on Docker with BuildKit.</summary>
[CollectionDefinition(Name)]
public sealed class BuildKitRecipeCollection : ICollectionFixture<BuildKitRecipeFixture>
{
    public const string Name = "Recipe on BuildKit";
}

/// <summary>The same recipe built once per test run on Podman.</summary>
[CollectionDefinition(Name)]
public sealed class PodmanRecipeCollection : ICollectionFixture<PodmanRecipeFixture>
{
    public const string Name = "Recipe on Podman";
}
