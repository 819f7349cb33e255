using PyImages.Engine.BaseImages;
using PyImages.Spec;

namespace PyImages.Tests.Spec;

public class ImageSpecFactoryTests
{
    [Fact]
    public void Defaults_follow_the_recipe()
    {
        var spec = ImageSpecFactory.Create(new ImageSpecInput());

        Assert.Equal(["uwsgi"], spec.Packages.Select(p => p.Text));
        Assert.Equal("python:3.12-slim", spec.BaseImage.ToString());
        Assert.Equal("blog-python:big-uninstall", spec.ImageFor(Variant.Uninstall).ToString());
        Assert.Equal(["gcc", "libc6-dev"], spec.BuildDependencies[BaseFamily.Debian].Select(p => p.Name));
        Assert.Equal(["linux-headers", "g++"], spec.BuildDependencies[BaseFamily.Alpine].Select(p => p.Name));
        Assert.Equal(10001, spec.RuntimeUid);
        Assert.Equal(Enum.GetValues<Variant>(), spec.Variants);
    }

    [Fact]
    public void Takes_raw_values_as_they_come_from_parameters()
    {
        var spec = ImageSpecFactory.Create(new ImageSpecInput(
            Packages: ["uwsgi==2.0.21", "flask; python_version >= \"3.8\""],
            BaseImage: "python:3.12-alpine",
            Repository: "localhost:5000/blog-python",
            BuildDeps: ["gcc, libc6-dev", "make"],
            RuntimeUid: "20000",
            Variants: ["minimal", "small"]));

        Assert.Equal(["uwsgi", "flask"], spec.Packages.Select(p => p.NormalizedName));
        Assert.Equal(["gcc", "libc6-dev", "make"], spec.BuildDependencies[BaseFamily.Debian].Select(p => p.Name));
        Assert.Equal(20000, spec.RuntimeUid);
        Assert.Equal([Variant.Small, Variant.Minimal], spec.Variants);
    }

    [Fact]
    public void Lists_every_bad_input_at_once()
    {
        var exception = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(
            Packages: ["uwsgi; rm -rf /", "flask"],
            BaseImage: "Python:3.12",
            Repository: "blog python",
            BuildDeps: ["gcc;id"],
            RuntimeUid: "0",
            Variants: ["tiny"])));

        Assert.Contains("'uwsgi; rm -rf /'", exception.Message);
        Assert.Contains("'Python:3.12'", exception.Message);
        Assert.Contains("'blog python'", exception.Message);
        Assert.Contains("'gcc;id'", exception.Message);
        Assert.Contains("uid '0'", exception.Message);
        Assert.Contains("'tiny'", exception.Message);
        Assert.Contains("break, big, uninstall, small, minimal", exception.Message);
    }

    [Fact]
    public void Requires_a_package() =>
        Assert.Contains("at least one package", Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(Packages: []))).Message);

    [Fact]
    public void Adds_python_headers_only_when_the_base_lacks_them()
    {
        var spec = ImageSpec.Default;
        var withHeaders = new BaseImageFacts("python:3.12-slim", BaseFamily.Debian, "", "/usr/local/bin/python3", "3.12", true, false, "python:3.12-slim");

        Assert.DoesNotContain("python3-dev", spec.BuildDependenciesFor(withHeaders.Family, withHeaders.HasPythonHeaders).Select(p => p.Name));
        Assert.Contains("python3-dev", spec.BuildDependenciesFor(withHeaders.Family, baseHasPythonHeaders: false).Select(p => p.Name));
    }

    [Fact]
    public void An_empty_build_dependency_list_is_refused_once()
    {
        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(BuildDeps: [""])));

        Assert.Single(error.Message.Split('\n'), line => line.Contains("build-deps: the list is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Runaway_lengths_and_counts_are_refused_and_quoted_short()
    {
        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(
            Packages: [new string('a', 100_000)],
            BaseImage: new string('b', 100_000),
            BuildDeps: [new string('c', 5_000)])));

        Assert.True(error.Message.Length < 3_000, error.Message.Length.ToString());
        Assert.Contains("100000 characters", error.Message, StringComparison.Ordinal);
        Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(Packages: Enumerable.Repeat("uwsgi", 101).ToList())));
    }

    [Fact]
    public void Time_zone_data_without_the_distroless_variant_is_refused_naming_the_option()
    {
        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(Variants: ["minimal"], TimeZoneData: true)));

        Assert.Contains("--time-zone-data adds time zone data to the distroless image only", error.Message);
        Assert.True(ImageSpecFactory.Create(new ImageSpecInput(Variants: ["distroless"], TimeZoneData: true)).TimeZoneData);
    }
}
