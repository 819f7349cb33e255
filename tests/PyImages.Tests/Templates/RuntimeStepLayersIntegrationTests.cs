using PyImages.Engine;
using PyImages.Inspection;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Tests.Inspection;
using PyImages.Tests.Integration;

namespace PyImages.Tests.Templates;

/// <summary>
/// Builds Minimal's final-stage steps that change system files (runtime libraries, user) on the real base, with a
/// builder that only lists libpython3.11, and reads what their layers carry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RuntimeStepLayersIntegrationTests
{
    private const string Shape = """
        FROM {{ base_image }} AS builder
        RUN echo libpython3.11 > {{ runtime_list }}

        FROM {{ base_image }}
        {{~ include 'install-runtime-libs' ~}}
        {{~ include 'create-user' ~}}

        """;

    // What installing a package and adding a user must write besides the package's own files under /usr and dpkg's
    // per-package files: dpkg's record, the loader cache, the account files; and the builder's list, which the
    // classic builder can only copy in (and delete).
    private static readonly string[] NecessaryWrites =
    [
        "/var/lib/dpkg/status", "/etc/ld.so.cache", "/etc/passwd", "/etc/group", "/etc/shadow", "/etc/gshadow",
        DockerfileLayout.RuntimePackagesFile,
    ];

    [SkippableFact]
    public async Task The_runtime_steps_ship_no_copy_of_a_base_file_but_dpkgs_status_the_loader_cache_and_the_accounts()
    {
        var engine = new EngineForTests("docker");
        await engine.RequireAsync();
        await engine.EnsureBaseImageAsync();
        var facts = RenderFixtures.DebianWithoutHeaders;
        Assert.Equal(EngineForTests.BaseImage, facts.Reference);
        var loader = new TemplateLoader(path => path == TemplateLoader.ShapePath("multi-stage") ? Shape : TemplateLoader.Embedded.Read(path));
        var dockerfile = new DockerfileRenderer(loader).Render(ImageSpec.Default, facts, BuilderCapabilities.Classic, Variant.Minimal);
        var tag = $"{TestRepositories.Named("runtime-steps")}:minimal";
        await engine.BuildAsync(tag, dockerfile);
        var archive = Path.Combine(Path.GetTempPath(), $"pyimages-runtime-steps-{Guid.NewGuid():N}.tar");
        try
        {
            await engine.Engine.SaveImageAsync(tag, archive);
            var baseLayers = ImageFactsParser.Parse(await engine.Engine.InspectImageJsonAsync(EngineForTests.BaseImage)).LayerDigests.Count;

            var analysis = await LayerAnalyzer.AnalyzeAsync(archive);

            var added = analysis.FindFiles(file => file.LayerIndex >= baseLayers);
            Assert.Contains(added, file => file.Path.EndsWith("/libpython3.11.so.1.0", StringComparison.Ordinal));
            var extra = added
                .Where(file => file.SizeBytes > 0
                    && !file.Path.StartsWith("/usr/", StringComparison.Ordinal)
                    && !file.Path.StartsWith("/var/lib/dpkg/info/", StringComparison.Ordinal)
                    && !NecessaryWrites.Contains(file.Path))
                .Select(file => $"{file.Path} ({file.SizeBytes} bytes)")
                .ToList();
            Assert.True(extra.Count == 0, "The runtime steps ship files they need not: " + string.Join(", ", extra));
        }
        finally
        {
            File.Delete(archive);
            await engine.Engine.RemoveImagesAsync([tag]);
        }
    }
}
