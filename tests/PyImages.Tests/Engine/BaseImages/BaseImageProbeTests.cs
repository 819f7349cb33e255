using PyImages.Engine;
using PyImages.Engine.BaseImages;
using PyImages.Spec;

namespace PyImages.Tests.Engine.BaseImages;

public class BaseImageProbeTests
{
    [Fact]
    public void Reads_family_and_python_from_the_probe_output()
    {
        var output = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n@@pyimages@@\n/usr/bin/python3\n3.11.2\nFalse\n";

        var facts = BaseImageProbe.Parse(output, "pyimages/python-debootstrap:bookworm", "python:3.12-slim", bootstrapped: true);

        Assert.Equal(new BaseImageFacts("pyimages/python-debootstrap:bookworm", BaseFamily.Debian, "Debian GNU/Linux 12 (bookworm)",
            "/usr/bin/python3", "3.11.2", false, true, "python:3.12-slim"), facts);
    }

    [Fact]
    public void An_unknown_family_is_an_error_naming_the_image_and_what_is_supported()
    {
        var output = "ID=fedora\nPRETTY_NAME=\"Fedora Linux 40\"\n@@pyimages@@\n/usr/bin/python3\n3.12.3\nTrue\n";

        var error = Assert.Throws<PyImagesException>(() => BaseImageProbe.Parse(output, "fedora:40", "fedora:40", false));

        Assert.Contains("fedora:40", error.Message);
        Assert.Contains("Fedora Linux 40", error.Message);
        Assert.Contains("Debian/Ubuntu (apt) and Alpine (apk)", error.Message);
    }

    [Fact]
    public void A_base_without_python_is_an_error()
    {
        Assert.Throws<PyImagesException>(() => BaseImageProbe.Parse("ID=debian\n@@pyimages@@\n", "debian:12", "debian:12", false));
    }
}
