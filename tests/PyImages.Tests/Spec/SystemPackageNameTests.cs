using PyImages.Spec;

namespace PyImages.Tests.Spec;

public class SystemPackageNameTests
{
    [Theory]
    [InlineData(BaseFamily.Debian, "gcc")]
    [InlineData(BaseFamily.Debian, "libc6-dev")]
    [InlineData(BaseFamily.Debian, "g++")]
    [InlineData(BaseFamily.Debian, "libstdc++6")]
    [InlineData(BaseFamily.Alpine, "linux-headers")]
    [InlineData(BaseFamily.Alpine, "g++")]
    [InlineData(BaseFamily.Alpine, "py3-setuptools_scm")]
    public void Accepts_distribution_package_names(BaseFamily family, string name) =>
        Assert.Equal(name, SystemPackageName.Parse(family, name).Name);

    [Theory]
    [InlineData(BaseFamily.Debian, "g")]
    [InlineData(BaseFamily.Debian, "GCC")]
    [InlineData(BaseFamily.Debian, "gcc;id")]
    [InlineData(BaseFamily.Debian, "gcc libc6-dev")]
    [InlineData(BaseFamily.Debian, "-gcc")]
    [InlineData(BaseFamily.Debian, "lib_x")]
    [InlineData(BaseFamily.Alpine, "so:libc.musl-x86_64.so.1")]
    [InlineData(BaseFamily.Alpine, "cmd:gcc")]
    [InlineData(BaseFamily.Alpine, "$(id)")]
    [InlineData(BaseFamily.Alpine, "")]
    public void Rejects_other_names_including_provider_names_from_users(BaseFamily family, string name)
    {
        var exception = Assert.Throws<PyImagesException>(() => SystemPackageName.Parse(family, name));

        Assert.Contains(family.ToString(), exception.Message);
    }
}
