using PyImages.Engine;
using PyImages.Spec;
using PyImages.Templates;
using static PyImages.Tests.Templates.RenderFixtures;

namespace PyImages.Tests.Templates;

/// <summary>Every variant as it renders for both base families and both kinds of builder, compared with the approved files.</summary>
public class DockerfileSnapshotTests
{
    // Distroless on Alpine is refused at render (DistrolessRenderingTests), so it has no snapshot.
    public static TheoryData<BaseFamily, Variant, bool> Everything()
    {
        var data = new TheoryData<BaseFamily, Variant, bool>();
        foreach (var family in Enum.GetValues<BaseFamily>())
            foreach (var variant in Enum.GetValues<Variant>().Where(v => family != BaseFamily.Alpine || v != Variant.Distroless))
                foreach (var runMount in new[] { false, true })
                    data.Add(family, variant, runMount);
        return data;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Renders_as_approved(BaseFamily family, Variant variant, bool runMount)
    {
        var capabilities = runMount ? BuilderCapabilities.WithRunMount : BuilderCapabilities.Classic;

        var text = new DockerfileRenderer().Render(ImageSpec.Default, For(family), capabilities, variant);

        Approved.Matches(text, $"{family}.{VariantCatalog.Get(variant).Name}.{(runMount ? "mounts" : "classic")}".ToLowerInvariant());
    }
}
