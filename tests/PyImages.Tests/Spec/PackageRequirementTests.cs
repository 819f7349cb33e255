using PyImages.Spec;

namespace PyImages.Tests.Spec;

public class PackageRequirementTests
{
    [Theory]
    [InlineData("uwsgi", "uwsgi")]
    [InlineData("Flask-SQLAlchemy", "flask-sqlalchemy")]
    [InlineData("zope.interface", "zope-interface")]
    [InlineData("pkg[extra1,extra2]", "pkg")]
    [InlineData("uwsgi==2.0.21", "uwsgi")]
    [InlineData("a>=1,<2", "a")]
    [InlineData("a~=1.4", "a")]
    [InlineData("a!=1.5", "a")]
    [InlineData("a===1.0", "a")]
    [InlineData("My__Weird.._Name", "my-weird-name")]
    [InlineData("a; python_version >= \"3.8\"", "a")]
    [InlineData("a[x] >= 1.0 ; sys_platform == 'linux' and (platform_machine == \"x86_64\" or extra not in 'b')", "a")]
    public void Accepts_valid_requirements_and_normalizes_the_name(string text, string normalized)
    {
        Assert.True(PackageRequirement.TryParse(text, out var requirement, out var error), error);
        Assert.Equal(normalized, requirement.NormalizedName);
    }

    [Fact]
    public void Splits_extras_specifiers_and_marker()
    {
        var requirement = PackageRequirement.Parse("pkg[extra1, extra2]>=1,<2; python_version >= \"3.8\"");

        Assert.Equal("pkg", requirement.Name);
        Assert.Equal(["extra1", "extra2"], requirement.Extras);
        Assert.Equal([">=1", "<2"], requirement.Specifiers);
        Assert.Equal("python_version >= \"3.8\"", requirement.Marker);
    }

    [Theory]
    [InlineData("uwsgi; rm -rf /")]
    [InlineData("uwsgi && curl x")]
    [InlineData("$(id)")]
    [InlineData("uwsgi`id`")]
    [InlineData("uwsgi | sh")]
    [InlineData("uwsgi > /etc/passwd")]
    [InlineData("uwsgi\nRUN id")]
    [InlineData("uwsgi\r")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"uwsgi\"")]
    [InlineData("'uwsgi'")]
    [InlineData("uwsgi (>=1)")]
    [InlineData("[extra]")]
    [InlineData("-r requirements.txt")]
    [InlineData("--index-url=http://x")]
    [InlineData("uwsgi @ https://example.org/uwsgi.tar.gz")]
    [InlineData("uwsgi; python_version >= \"3.8$(id)\"")]
    [InlineData("uwsgi; python_version >= '3`id`'")]
    [InlineData("uwsgi; python_version >= 3.8")]
    [InlineData("uwsgi; home_dir == 'x'")]
    [InlineData("uwsgi; python_version >= \"3.8\" and")]
    [InlineData("uwsgi; (python_version >= \"3.8\"")]
    [InlineData("uwsgi; python_version >= \"3.8\"; id")]
    public void Rejects_what_is_not_a_safe_requirement(string text)
    {
        Assert.False(PackageRequirement.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Parse_names_the_input_and_what_is_allowed()
    {
        var exception = Assert.Throws<PyImagesException>(() => PackageRequirement.Parse("uwsgi && curl x"));

        Assert.Contains("'uwsgi && curl x'", exception.Message);
        Assert.Contains("'&'", exception.Message);
        Assert.Contains("PEP 508", exception.Message);
    }

    [Theory]
    [InlineData("uwsgi @ https://example.org/uwsgi-2.0.28.tar.gz")]
    [InlineData("uwsgi@https://example.org/uwsgi-2.0.28.tar.gz")]
    [InlineData("uwsgi[ssl] @ file:///tmp/uwsgi.tar.gz ; python_version >= \"3.8\"")]
    public void A_url_requirement_is_refused_saying_it_is_not_supported_and_why(string text)
    {
        var error = Assert.Throws<PyImagesException>(() => PackageRequirement.Parse(text));

        Assert.Contains("URL requirement (name @ URL), which PyImages does not support", error.Message, StringComparison.Ordinal);
        Assert.Contains("hermetic", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("character '@'", error.Message, StringComparison.Ordinal);
    }
}
