using PyImages.Engine;
using PyImages.Spec;
using PyImages.Templates;
using PyImages.Tests.Spec;
using static PyImages.Tests.Templates.RenderFixtures;

namespace PyImages.Tests.Templates;

public sealed class AppRenderingTests : IDisposable
{
    private readonly AppFolder _app = new(("requirements.txt", "uwsgi==2.0.21\njinja2==3.1.2\n"), ("app.py", ""));
    private readonly DockerfileRenderer _renderer = new();

    public static TheoryData<Variant> Installing => [Variant.Big, Variant.Uninstall, Variant.Small, Variant.Minimal];

    private string Render(Variant variant, ImageSpecInput? input = null, BuilderCapabilities? capabilities = null) =>
        _renderer.Render(ImageSpecFactory.Create(input ?? new ImageSpecInput(App: _app.Root)), DebianWithoutHeaders,
            capabilities ?? BuilderCapabilities.Classic, variant);

    [Theory]
    [MemberData(nameof(Installing))]
    public void The_sources_are_copied_before_the_install_and_the_app_last_with_its_folder_port_and_exec_form_command(Variant variant)
    {
        var lines = WithoutComments(Render(variant)).Split('\n').Where(l => l.Length > 0).ToList();

        var sources = lines.FindIndex(l => l == "COPY sources /sources");
        var install = lines.FindLastIndex(l => l.Contains("-m pip ") && l.Contains("'uwsgi==2.0.21' 'jinja2==3.1.2'"));
        var workdir = lines.FindIndex(l => l == "WORKDIR /app");
        var app = lines.FindIndex(l => l == "COPY app /app");
        Assert.True(sources >= 0 && install > sources && workdir > install && app > workdir, string.Join('\n', lines));
        Assert.Equal(
            ["WORKDIR /app", "EXPOSE 8080",
                "CMD [\"uwsgi\", \"--http\", \":8080\", \"--module\", \"app:application\", \"--pythonpath\", \"/app\", \"--need-app\", \"--die-on-term\"]",
                "COPY app /app"],
            lines.Skip(workdir).Take(4));
        Assert.DoesNotContain(lines.Skip(app + 1), l => l.StartsWith("RUN ") || l.StartsWith("COPY ") || l.StartsWith("CMD "));
    }

    [Fact]
    public void Minimal_runs_the_app_as_the_non_root_user()
    {
        var final = FinalStage(Render(Variant.Minimal));

        Assert.True(final.IndexOf("USER 10001:10001", StringComparison.Ordinal) < final.IndexOf("CMD [", StringComparison.Ordinal));
    }

    [Fact]
    public void A_command_reaches_the_dockerfile_as_json_words_never_a_shell()
    {
        var text = Render(Variant.Small, new ImageSpecInput(App: _app.Root, Command: "python -c 'print(\"$HOME\")' ; id", Port: "9000"));

        Assert.Contains("CMD [\"python\", \"-c\", \"print(\\\"$HOME\\\")\", \";\", \"id\"]", text);
        Assert.Contains("EXPOSE 9000", text);
    }

    [Fact]
    public void Hashed_requirements_build_from_the_file_with_require_hashes_and_install_the_built_wheels_by_name()
    {
        _app.Write("requirements.txt", "uwsgi==2.0.21 --hash=sha256:" + new string('e', 64) + "\n");

        var text = Render(Variant.Minimal);

        Assert.Contains("--wheel-dir /wheels --require-hashes -r /sources/app-requirements.txt", text);
        Assert.Contains("--find-links /wheels --target /opt/python-packages 'uwsgi==2.0.21'", text);
    }

    [Fact]
    public void Break_stays_the_recipe_and_a_package_image_copies_the_context_as_before()
    {
        Assert.DoesNotContain("COPY app", Render(Variant.Break));
        Assert.Contains("COPY . /sources", Render(Variant.Minimal, new ImageSpecInput()));
    }

    public void Dispose() => _app.Dispose();
}
