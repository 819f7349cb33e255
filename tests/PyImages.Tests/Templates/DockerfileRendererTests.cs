using PyImages.Engine;
using PyImages.Spec;
using PyImages.Templates;
using static PyImages.Tests.Templates.RenderFixtures;

namespace PyImages.Tests.Templates;

public class DockerfileRendererTests
{
    private readonly DockerfileRenderer renderer = new();

    private string Render(Variant variant, BaseFamily family = BaseFamily.Debian, ImageSpec? spec = null, BuilderCapabilities? capabilities = null, RenderOptions? options = null) =>
        renderer.Render(spec ?? ImageSpec.Default, For(family), capabilities ?? BuilderCapabilities.Classic, variant, options);

    [Theory]
    [MemberData(nameof(Families), MemberType = typeof(RenderFixtures))]
    public void Every_variant_starts_from_the_base_and_installs_the_quoted_package_without_the_network(BaseFamily family)
    {
        foreach (var variant in Enum.GetValues<Variant>().Where(v => family == BaseFamily.Debian || !VariantCatalog.Get(v).Flags.Distroless))
        {
            var text = Render(variant, family);

            Assert.Contains($"FROM {For(family).Reference}", text);
            Assert.Contains(" 'uwsgi'", text);
            Assert.DoesNotContain("pip install uwsgi", text);
            Assert.All(
                text.Split('\n').Where(line => line.Contains(" -m pip install") || line.Contains(" -m pip wheel")),
                line => Assert.Contains("--no-index --find-links", line));
        }
    }

    [Fact]
    public void Break_has_no_build_dependencies()
    {
        var text = Render(Variant.Break);

        Assert.DoesNotContain("apt-get", text);
        Assert.DoesNotContain("gcc", text);
    }

    [Theory]
    [InlineData(BaseFamily.Debian, "apt-get -o Acquire::Retries=3 install -y --no-install-recommends 'gcc' 'libc6-dev' 'python3-dev'", "apt-get purge -y --auto-remove 'gcc' 'libc6-dev' 'python3-dev'")]
    [InlineData(BaseFamily.Alpine, "apk add --no-cache 'linux-headers' 'g++'", "apk del --no-network 'linux-headers' 'g++'")]
    public void Big_installs_and_uninstall_later_removes_the_build_dependencies(BaseFamily family, string install, string remove)
    {
        var big = Render(Variant.Big, family);
        var uninstall = Render(Variant.Uninstall, family);

        Assert.Contains(install, big);
        Assert.DoesNotContain(remove, big);
        Assert.True(uninstall.IndexOf(remove, StringComparison.Ordinal) > uninstall.IndexOf(" -m pip install", StringComparison.Ordinal));
    }

    [Fact]
    public void Python_headers_come_only_when_the_base_lacks_them()
    {
        var withHeaders = renderer.Render(ImageSpec.Default, DebianWithoutHeaders with { HasPythonHeaders = true }, BuilderCapabilities.Classic, Variant.Big);

        Assert.DoesNotContain("python3-dev", withHeaders);
        Assert.Contains("'python3-dev'", Render(Variant.Big));
    }

    [Theory]
    [MemberData(nameof(Families), MemberType = typeof(RenderFixtures))]
    public void Small_builds_wheels_with_the_compiler_and_its_final_stage_has_none(BaseFamily family)
    {
        var text = Render(Variant.Small, family);
        var final = FinalStage(text);

        Assert.Contains("AS builder", text);
        Assert.Contains("-m pip wheel", BuilderStage(text));
        Assert.Contains(family == BaseFamily.Alpine ? "'g++'" : "'gcc'", BuilderStage(text));
        Assert.DoesNotContain("gcc", final);
        Assert.DoesNotContain("g++", final);
        Assert.Contains("COPY --from=builder /wheels /wheels", final);
        Assert.Contains("--find-links /wheels 'uwsgi'", final);
        Assert.Contains("COPY --from=builder /runtime-packages.txt", final);
        Assert.Contains(family == BaseFamily.Alpine ? "scanelf --needed" : "dpkg-query --search", BuilderStage(text));
    }

    [Fact]
    public void Recipe_verbatim_small_has_no_runtime_library_step()
    {
        var text = Render(Variant.Small, options: new RenderOptions(OmitRuntimeLibraries: true));

        Assert.DoesNotContain("runtime-packages", text);
        Assert.DoesNotContain("ldd", text);
        Assert.Contains("COPY --from=builder /wheels /wheels", text);
    }

    [Theory]
    [MemberData(nameof(Families), MemberType = typeof(RenderFixtures))]
    public void Minimal_copies_only_the_installed_tree_and_runs_as_the_configured_uid(BaseFamily family)
    {
        var spec = ImageSpec.Default with { RuntimeUid = 12345 };
        var final = WithoutComments(FinalStage(Render(Variant.Minimal, family, spec)));

        Assert.Contains("COPY --from=builder /opt/python-packages /opt/python-packages", final);
        Assert.DoesNotContain("/wheels", final);
        Assert.DoesNotContain("/sources", final);
        Assert.DoesNotContain("pip", final);
        Assert.Contains("USER 12345:12345", final);
        Assert.Contains(family == BaseFamily.Alpine ? "adduser -S -D -H -u 12345" : "useradd --system --no-log-init --no-create-home --uid 12345", final);
        Assert.Contains("PYTHONDONTWRITEBYTECODE=1", final);
        Assert.Contains("PYTHONUNBUFFERED=1", final);
        Assert.Contains("PATH=/opt/python-packages/bin:", final);
        Assert.EndsWith("USER 12345:12345\n", final);
    }

    [Theory]
    [MemberData(nameof(Families), MemberType = typeof(RenderFixtures))]
    public void The_runtime_library_step_stops_when_the_builders_list_is_not_there(BaseFamily family)
    {
        var final = FinalStage(Render(Variant.Minimal, family, capabilities: BuilderCapabilities.WithRunMount));
        var install = final.Split("\nRUN ").Single(run => run.Contains("/runtime-packages.txt"));

        Assert.Contains("if [ ! -f /runtime-packages.txt ]; then echo '/runtime-packages.txt from the builder stage is missing", install);
        Assert.True(install.IndexOf("exit 1; fi", StringComparison.Ordinal) < install.IndexOf(family == BaseFamily.Alpine ? "apk add" : "apt-get", StringComparison.Ordinal));
    }

    [Fact]
    public void Minimal_with_run_mount_installs_through_a_bind_mount_and_a_cache_mount()
    {
        var text = Render(Variant.Minimal, capabilities: BuilderCapabilities.WithRunMount);
        var final = FinalStage(text);

        Assert.Contains("RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels --mount=type=cache,target=/root/.cache/pip", final);
        Assert.DoesNotContain("COPY --from=builder", final);
        Assert.DoesNotContain("PIP_NO_CACHE_DIR", text);
    }

    [Fact]
    public void Mount_flags_appear_only_with_the_capability_and_never_in_the_recipes_four()
    {
        Assert.DoesNotContain("--mount", Render(Variant.Minimal));
        foreach (var variant in VariantCatalog.All.Where(v => v.IsRecipe).Select(v => v.Variant))
        {
            Assert.Equal(Render(variant), Render(variant, capabilities: BuilderCapabilities.WithRunMount));
        }
    }

    [Fact]
    public void A_hostile_looking_but_valid_marker_reaches_the_dockerfile_only_inside_single_quotes()
    {
        var spec = ImageSpecFactory.Create(new ImageSpecInput(Packages: ["uwsgi; python_version >= \"3.8\" and sys_platform != 'win32'"]));

        var text = Render(Variant.Big, spec: spec);

        Assert.Contains("'uwsgi; python_version >= \"3.8\" and sys_platform != '\"'\"'win32'\"'\"''", text);
    }

    [Fact]
    public void A_base_reference_that_is_not_valid_is_refused_before_rendering()
    {
        var facts = DebianWithoutHeaders with { Reference = "base\nRUN curl evil" };

        Assert.Throws<PyImagesException>(() => renderer.Render(ImageSpec.Default, facts, BuilderCapabilities.Classic, Variant.Big));
    }

    [Fact]
    public void An_interpreter_path_with_shell_characters_is_refused()
    {
        var facts = DebianWithoutHeaders with { PythonExecutable = "/usr/bin/python3;id" };

        var exception = Assert.Throws<PyImagesException>(() => renderer.Render(ImageSpec.Default, facts, BuilderCapabilities.Classic, Variant.Big));
        Assert.Contains("/usr/bin/python3;id", exception.Message);
    }
}
