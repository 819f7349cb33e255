using PyImages.Spec;

namespace PyImages.Tests.Spec;

public sealed class AppSpecFactoryTests
{
    private const string App = "def application(environ, start_response):\n    return []\n";

    [Fact]
    public void An_app_with_requirements_txt_serves_its_wsgi_callable_with_uwsgi_as_the_image_command()
    {
        using var app = new AppFolder(("requirements.txt", "uwsgi==2.0.21\n"), ("app.py", App));

        var spec = ImageSpecFactory.Create(new ImageSpecInput(App: app.Root));

        Assert.Equal(["uwsgi==2.0.21"], spec.Packages.Select(p => p.Text));
        Assert.Equal("requirements.txt", spec.App!.RequirementsSource);
        Assert.Equal(["uwsgi", "--http", ":8080", "--module", "app:application", "--pythonpath", "/app", "--need-app", "--die-on-term"], spec.App.Command);
        Assert.Equal(8080, spec.App.Port);
        Assert.Equal("/", spec.App.HealthPath);
    }

    [Fact]
    public void Without_requirements_txt_the_pyproject_dependencies_are_used_and_said_so()
    {
        using var app = new AppFolder(("pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\n  \"uwsgi==2.0.21\", # the server\n  \"jinja2==3.1.2\",\n]\n"));

        var spec = ImageSpecFactory.Create(new ImageSpecInput(App: app.Root, Wsgi: "svc.wsgi:app", Port: "9000"));

        Assert.Equal(["uwsgi==2.0.21", "jinja2==3.1.2"], spec.Packages.Select(p => p.Text));
        Assert.Equal("pyproject.toml [project].dependencies", spec.App!.RequirementsSource);
        Assert.Equal(["uwsgi", "--http", ":9000", "--module", "svc.wsgi:app"], spec.App.Command.Take(5));
    }

    [Fact]
    public void Packages_given_with_an_app_are_added_to_its_requirements()
    {
        using var app = new AppFolder(("requirements.txt", "uwsgi==2.0.21\n"));

        var spec = ImageSpecFactory.Create(new ImageSpecInput(Packages: ["markupsafe==2.1.2"], App: app.Root));

        Assert.Equal(["uwsgi==2.0.21", "markupsafe==2.1.2"], spec.Packages.Select(p => p.Text));
    }

    [Fact]
    public void Uwsgi_given_with_packages_serves_an_app_whose_requirements_leave_it_out()
    {
        using var app = new AppFolder(("requirements.txt", "flask==3.0.0\n"));

        var spec = ImageSpecFactory.Create(new ImageSpecInput(Packages: ["uWSGI==2.0.21"], App: app.Root));

        Assert.Equal(["flask==3.0.0", "uWSGI==2.0.21"], spec.Packages.Select(p => p.Text));
        Assert.Equal("uwsgi", spec.App!.Command[0]);
    }

    [Fact]
    public void A_command_is_split_like_shell_words_into_exec_form_and_needs_no_uwsgi()
    {
        using var app = new AppFolder(("requirements.txt", "gunicorn==21.2.0\n"));

        var spec = ImageSpecFactory.Create(new ImageSpecInput(App: app.Root, Command: "gunicorn -b ':8080' \"app:make('x y')\" $HOME;id"));

        Assert.Equal(["gunicorn", "-b", ":8080", "app:make('x y')", "$HOME;id"], spec.App!.Command);
    }

    [Fact]
    public void Requirements_pinned_with_hashes_are_marked_for_require_hashes()
    {
        using var app = new AppFolder(("requirements.txt", "uwsgi==2.0.21 \\\n    --hash=sha256:" + new string('a', 64) + "\n"));

        var spec = ImageSpecFactory.Create(new ImageSpecInput(App: app.Root));

        Assert.True(spec.App!.RequireHashes);
        Assert.Equal(["uwsgi==2.0.21"], spec.Packages.Select(p => p.Text));
    }

    public static TheoryData<string, string[], string> BadApps => new()
    {
        { "no requirements", [], "has no requirements: neither requirements.txt nor [project].dependencies" },
        { "editable", ["requirements.txt", "uwsgi==2.0.21\n-e .\n"], "requirements.txt line 2 '-e .': editable requirements are not supported" },
        { "url", ["requirements.txt", "uwsgi==2.0.21\nflask @ https://example.org/flask.tar.gz\n"], "requirements.txt line 2 'flask @ https://example.org/flask.tar.gz': URL requirements" },
        { "https line", ["requirements.txt", "https://example.org/flask-3.0.tar.gz\n"], "requirements.txt line 1 'https://example.org/flask-3.0.tar.gz': URL requirements" },
        { "path", ["requirements.txt", "uwsgi==2.0.21\n\n./vendor/lib\n"], "requirements.txt line 3 './vendor/lib': path requirements" },
        { "archive", ["requirements.txt", "dist/lib-1.0.tar.gz\n"], "requirements.txt line 1 'dist/lib-1.0.tar.gz': path requirements" },
        { "index option", ["requirements.txt", "--index-url https://example.org/simple\nuwsgi\n"], "requirements.txt line 1 '--index-url https://example.org/simple': pip options" },
        { "bad requirement", ["requirements.txt", "uwsgi==2.0.21\nflask; rm -rf /\n"], "requirements.txt line 2 'flask; rm -rf /' is not valid" },
        { "no uwsgi", ["requirements.txt", "flask==3.0.0\n"], "uWSGI is not among the requirements" },
        { "bad pyproject", ["pyproject.toml", "[project\ndependencies = [\"uwsgi\"]\n"], "pyproject.toml is not valid TOML" },
        { "pyproject url", ["pyproject.toml", "[project]\ndependencies = [\"uwsgi @ https://example.org/u.tar.gz\"]\n"], "pyproject.toml [project].dependencies entry 'uwsgi @ https://example.org/u.tar.gz' is not valid" },
    };

    [Theory]
    [MemberData(nameof(BadApps))]
    public void A_bad_app_is_refused_naming_what_is_wrong(string _, string[] file, string message)
    {
        using var app = file.Length == 0 ? new AppFolder(("app.py", App)) : new AppFolder((file[0], file[1]));

        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(App: app.Root)));

        Assert.Contains(message, error.Message);
    }

    public static TheoryData<ImageSpecInput, string> BadOptions => new()
    {
        { new ImageSpecInput(Port: "0"), "--port '0' is not valid" },
        { new ImageSpecInput(Port: "65536"), "--port '65536' is not valid" },
        { new ImageSpecInput(Port: "http"), "--port 'http' is not valid" },
        { new ImageSpecInput(Wsgi: "app"), "--wsgi 'app' is not MODULE:CALLABLE" },
        { new ImageSpecInput(Wsgi: "my-app:application"), "--wsgi 'my-app:application' is not MODULE:CALLABLE" },
        { new ImageSpecInput(Wsgi: "app:application; id"), "--wsgi 'app:application; id' is not MODULE:CALLABLE" },
        { new ImageSpecInput(Wsgi: "1app:application"), "--wsgi '1app:application' is not MODULE:CALLABLE" },
        { new ImageSpecInput(Command: "uwsgi --http ':8080"), "a single quote is not closed" },
        { new ImageSpecInput(Command: "   "), "it is empty" },
        { new ImageSpecInput(Command: "uwsgi", Wsgi: "app:application"), "--wsgi and --command both say what the image runs" },
        { new ImageSpecInput(HealthPath: "health"), "--health-path 'health' is not valid" },
        { new ImageSpecInput(HealthPath: "/a b"), "--health-path '/a b' is not valid" },
        { new ImageSpecInput(Packages: ["jinja2"]), "--packages cannot be added to the app's requirements.txt: it pins hashes" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_serving_option_is_refused_naming_it(ImageSpecInput options, string message)
    {
        using var app = new AppFolder(("requirements.txt", "uwsgi==2.0.21 --hash=sha256:" + new string('b', 64) + "\n"));

        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(options with { App = app.Root }));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_folder_is_refused_naming_it()
    {
        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(App: "/nonexistent/my-service")));

        Assert.Contains("app: the folder '/nonexistent/my-service' does not exist", error.Message);
    }

    [Fact]
    public void Serving_options_without_an_app_are_refused()
    {
        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(Port: "8080")));

        Assert.Contains("give its folder with --app DIR", error.Message);
    }

    [Fact]
    public void A_symlink_that_points_outside_the_app_is_refused_unless_the_dockerignore_leaves_it_out()
    {
        using var app = new AppFolder(("requirements.txt", "uwsgi==2.0.21\n"));
        File.CreateSymbolicLink(app.Path("passwd"), "/etc/passwd");
        File.CreateSymbolicLink(app.Path("inside"), "requirements.txt");

        var error = Assert.Throws<PyImagesException>(() => ImageSpecFactory.Create(new ImageSpecInput(App: app.Root)));
        Assert.Contains("the symlink 'passwd' points to '/etc/passwd', outside the app folder", error.Message);
        Assert.DoesNotContain("'inside'", error.Message);

        app.Write(".dockerignore", "passwd\n");
        Assert.NotNull(ImageSpecFactory.Create(new ImageSpecInput(App: app.Root)).App);
    }
}
