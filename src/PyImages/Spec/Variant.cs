namespace PyImages.Spec;

/// <summary>The images PyImages builds: the recipe's four, then our improvements. <see cref="VariantCatalog"/> describes each.</summary>
public enum Variant
{
    Break,
    Big,
    Uninstall,
    Small,
    Minimal,
    Distroless,
}
