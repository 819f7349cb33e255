using PyImages.Spec;

namespace PyImages.Tests.Spec;

public sealed class RequirementsFileTests
{
    [Fact]
    public void Reads_requirements_with_comments_continuations_markers_and_hashes()
    {
        var errors = new List<string>();
        var text = "# pinned\nuwsgi==2.0.21  # the server\n\njinja2==3.1.2 \\\n  --hash=sha256:" + new string('c', 64)
            + " \\\n  --hash=sha256:" + new string('d', 64) + "\nmarkupsafe==2.1.2; python_version >= \"3.8\"\n";

        var parsed = RequirementsFile.Parse("requirements.txt", text, errors);

        Assert.Empty(errors);
        Assert.Equal(["uwsgi==2.0.21", "jinja2==3.1.2", "markupsafe==2.1.2; python_version >= \"3.8\""], parsed.Requirements.Select(r => r.Text));
        Assert.True(parsed.HasHashes);
    }

    [Fact]
    public void Names_every_bad_line_with_its_number()
    {
        var errors = new List<string>();

        RequirementsFile.Parse("requirements.txt", "-e git+https://example.org/x.git#egg=x\nuwsgi\n-r other.txt\n", errors);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("requirements.txt line 1 '-e git+https://example.org/x.git#egg=x': editable", errors[0]);
        Assert.StartsWith("requirements.txt line 3 '-r other.txt': pip options", errors[1]);
    }
}
