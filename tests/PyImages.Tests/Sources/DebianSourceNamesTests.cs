using PyImages.Sources;

namespace PyImages.Tests.Sources;

public class DebianSourceNamesTests
{
    [Theory]
    [InlineData("uWSGI", new[] { "uwsgi", "python-uwsgi" })]
    [InlineData("Flask_SQLAlchemy", new[] { "flask-sqlalchemy", "python-flask-sqlalchemy" })]
    [InlineData("zope.interface", new[] { "zope-interface", "python-zope-interface" })]
    [InlineData("python-dateutil", new[] { "python-dateutil" })]
    public void Tries_the_normalized_name_then_python_prefixed(string distribution, string[] candidates)
    {
        Assert.Equal(candidates, DebianSourceNames.Candidates(distribution));
    }

    [Theory]
    [InlineData("uwsgi_2.0.21.orig.tar.gz", "uwsgi", "uwsgi-2.0.21.tar.gz", false)]
    [InlineData("python-attrs_22.2.0.orig.tar.xz", "attrs", "attrs-22.2.0.tar.xz", false)]
    [InlineData("pillow_9.4.0+dfsg.orig.tar.xz", "Pillow", "Pillow-9.4.0.tar.xz", true)]
    [InlineData("foo_1.2+ds1.orig.tar.gz", "foo", "foo-1.2.tar.gz", true)]
    [InlineData("bar_3.0~repack.orig.tar.bz2", "bar", "bar-3.0.tar.bz2", true)]
    public void Names_the_upstream_tarball_as_an_sdist_and_notes_repacks(string orig, string distribution, string sdist, bool repacked)
    {
        var result = DebianSourceNames.SdistFor(orig, distribution);

        Assert.Equal(sdist, result?.SdistFileName);
        Assert.Equal(repacked, result?.Note is not null);
    }

    [Theory]
    [InlineData("uwsgi_2.0.21-1.debian.tar.xz")]
    [InlineData("uwsgi_2.0.21-1.dsc")]
    [InlineData("uwsgi_2.0.21.orig-asyncio.tar.gz")]
    public void Ignores_everything_but_the_main_upstream_tarball(string file)
    {
        Assert.Null(DebianSourceNames.SdistFor(file, "uwsgi"));
    }
}
