using PyImages.Engine.BaseImages;
using PyImages.Spec;

namespace PyImages.Templates;

/// <summary>Distroless copies a glibc closure found with ldd onto scratch: Debian-family bases only, refused before any build.</summary>
internal static class DistrolessSupport
{
    public static void EnsureSupported(BaseImageFacts facts, Variant variant)
    {
        if (VariantCatalog.Get(variant).Flags.Distroless && facts.Family != BaseFamily.Debian)
        {
            throw new PyImagesException(
                $"Variant 'distroless' needs a Debian-family base (glibc, ldd, the merged /usr layout); the base '{facts.Reference}' is {facts.Family}. "
                + "Choose a Debian or python:*-slim base for distroless, or leave 'distroless' out of the variants.");
        }
    }
}
