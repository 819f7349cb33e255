using System.Reflection;
using BuildHost;
using BuildHost.Execution;
using PyImages;
using PyImages.Spec;

namespace Build.Tests;

public sealed class VariantTargetsTests
{
    private static readonly IReadOnlyList<ExecutableTarget> Targets = Discover();

    private static readonly HostHints Hints =
        (HostHints)Repository.BuildType.GetProperty("Hints", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static IReadOnlyList<ExecutableTarget> Discover()
    {
        NukeBuild.RootDirectory = Repository.Root;
        return TargetDiscovery.Discover((NukeBuild)Activator.CreateInstance(Repository.BuildType, nonPublic: true)!);
    }

    [Fact]
    public void Every_variant_has_the_target_the_librarys_hints_name_described_as_the_catalog_describes_it()
    {
        foreach (var variant in VariantCatalog.All)
        {
            var named = Hints.BuildThen(variant.Variant, "Report").Split(' ')[1];
            var target = Assert.Single(Targets, target => target.Name == named);
            Assert.StartsWith(variant.Description, target.Definition.DescriptionText);
            Assert.Contains($"(tag {variant.Tag})", target.Definition.DescriptionText);
            Assert.Contains(Targets.Single(t => t.Name == "Fetch"), target.Dependencies);
        }
    }

    [Fact]
    public void A_hint_is_a_command_line_the_build_accepts()
    {
        Assert.Equal("./build.sh BuildSmall Report", Hints.BuildThen(Variant.Small, "Report"));
        Assert.Contains(Targets, target => $"./build.sh {target.Name}" == Hints.Regenerate);
    }
}
