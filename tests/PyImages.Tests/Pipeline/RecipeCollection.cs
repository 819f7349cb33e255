namespace PyImages.Tests.Pipeline;

/// <summary>Tests that read the recipe built once per test run: <c>[Collection(RecipeCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class RecipeCollection : ICollectionFixture<RecipeFixture>
{
    public const string Name = "Recipe";
}
