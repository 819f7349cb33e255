namespace Build.Tests.Faults;

/// <summary>
/// Input that must be refused before any template is rendered or any engine is asked: one clear message that names the
/// input, a non-zero exit code, quickly, and no engine command (the fake engine on PATH records every call).
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BadInputTests : IDisposable
{
    private readonly Sandbox _sandbox = new();
    private readonly FakeEngine _engine = new();

    public static TheoryData<string[], string> Refused => new()
    {
        { ["BuildSmall", "--packages", "uwsgi; rm -rf /"], "uwsgi; rm -rf /" },
        { ["BuildSmall", "--packages", "uwsgi && curl x"], "uwsgi && curl x" },
        { ["BuildSmall", "--packages", "$(id)"], "$(id)" },
        { ["BuildSmall", "--packages", "`id`"], "`id`" },
        { ["BuildSmall", "--packages", "uwsgi | sh"], "uwsgi | sh" },
        { ["BuildSmall", "--packages", "uwsgi > /etc/passwd"], "uwsgi > /etc/passwd" },
        { ["BuildSmall", "--packages", "uwsgi\nRUN id"], "RUN id" },
        { ["BuildSmall", "--packages", "'uwsgi'"], "'uwsgi'" },
        { ["BuildSmall", "--packages", "\"uwsgi\""], "\"uwsgi\"" },
        { ["BuildSmall", "--packages", ""], "Package" },
        { ["BuildSmall", "--base-image", "python:3.12 slim"], "python:3.12 slim" },
        { ["BuildSmall", "--base-image", "python:3.12;id"], "python:3.12;id" },
        { ["BuildSmall", "--repository", "Blog-Python"], "Blog-Python" },
        { ["BuildSmall", "--repository", "blog python"], "blog python" },
        { ["BuildSmall", "--build-deps", "gcc;id"], "gcc;id" },
        { ["BuildSmall", "--build-deps", "$(id)"], "$(id)" },
        { ["BuildSmal"], "BuildSmall" },
        { ["BuildSmall", "--packges", "uwsgi"], "--packages" },
        { ["BuildSmall", "--engine", "dockr"], "dockr" },
        { ["BuildSmall", "--bootstrap-base", "maybe"], "maybe" },
        { ["BuildSmall", "--profile", "nonexistent"], "parameters.nonexistent.json" },
        { ["BuildSmall", "--packages", "uwsgi @ https://example.org/uwsgi-2.0.28.tar.gz"], "URL requirement (name @ URL), which PyImages does not support" },
        { ["BuildSmall", "--build-deps", ""], "build-deps: the list is empty" },
        { ["BuildSmall", "--max-size", "smal=1B"], "'smal', which does not exist" },
        { ["BuildSmall", "--max-size", "99999999999999999999999TB"], "99999999999999999999999TB" },
        { ["BuildSmall", "--max-size", "99999999999999999999999GB"], "is too large" },
        { ["BuildSmall", "--max-size", "small=5TB"], "units B, kB, MB, GB, KiB, MiB, GiB" },
    };

    [Fact]
    public async Task A_huge_package_name_is_refused_quickly_without_printing_it()
    {
        var huge = new string('a', 100_000);

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall", "--packages", huge], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefusedEarly(result, "100000 characters");
        Assert.True(result.Output.Length < 20_000, $"printed {result.Output.Length} characters");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_before_any_engine_call_with_one_message_naming_the_input(string[] arguments, string named)
    {
        var result = await BuildSh.RunAsync(_sandbox, arguments, _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefusedEarly(result, named);
    }

    /// <summary>An application folder (written into the sandbox as "app"), the arguments after --app, and what the message names.</summary>
    public static TheoryData<string, string, string[], string> RefusedApps => new()
    {
        { "requirements.txt", "uwsgi==2.0.21\n", ["--port", "70000"], "--port '70000' is not valid" },
        { "requirements.txt", "uwsgi==2.0.21\n", ["--wsgi", "app:application;id"], "--wsgi 'app:application;id' is not MODULE:CALLABLE" },
        { "requirements.txt", "uwsgi==2.0.21\n-e .\n", [], "requirements.txt line 2 '-e .': editable requirements are not supported" },
        { "requirements.txt", "flask @ https://example.org/f.tar.gz\n", [], "requirements.txt line 1 'flask @ https://example.org/f.tar.gz': URL requirements" },
        { "requirements.txt", "../lib\n", [], "requirements.txt line 1 '../lib': path requirements" },
        { "requirements.txt", "flask==3.0.0\n", [], "uWSGI is not among the requirements" },
        { "app.py", "", [], "has no requirements: neither requirements.txt nor [project].dependencies" },
        { "requirements.txt", "uwsgi==2.0.21\n", ["--command", "uwsgi 'open"], "a single quote is not closed" },
    };

    [Theory]
    [MemberData(nameof(RefusedApps))]
    public async Task A_bad_app_is_refused_before_any_engine_call_naming_what_is_wrong(string file, string text, string[] options, string named)
    {
        var app = Directory.CreateDirectory(_sandbox.PathOf("app")).FullName;
        File.WriteAllText(Path.Combine(app, file), text);

        var result = await BuildSh.RunAsync(_sandbox, ["BuildMinimal", "Verify", "--app", app, .. options], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefusedEarly(result, named);
    }

    [Fact]
    public async Task A_missing_app_folder_or_a_symlink_out_of_the_app_is_refused_before_any_engine_call()
    {
        var missing = await BuildSh.RunAsync(_sandbox, ["BuildMinimal", "--app", _sandbox.PathOf("no-such-app")], _engine.Environment, TimeSpan.FromMinutes(2));
        AssertRefusedEarly(missing, "no-such-app' does not exist");

        var app = Directory.CreateDirectory(_sandbox.PathOf("app")).FullName;
        File.WriteAllText(Path.Combine(app, "requirements.txt"), "uwsgi==2.0.21\n");
        File.CreateSymbolicLink(Path.Combine(app, "secrets"), "/etc");
        var linked = await BuildSh.RunAsync(_sandbox, ["BuildMinimal", "--app", app], _engine.Environment, TimeSpan.FromMinutes(2));
        AssertRefusedEarly(linked, "the symlink 'secrets' points to '/etc', outside the app folder");
    }

    [Fact]
    public async Task Parameters_file_that_is_not_json_is_named_with_line_and_column()
    {
        File.WriteAllText(_sandbox.PathOf(".nuke", "parameters.json"), "{\n  \"packages\": [\"uwsgi\",]\n  \"repository\": \"x\"\n}\n");

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall"], _engine.Environment, TimeSpan.FromMinutes(2));

        AssertRefusedEarly(result, "parameters.json");
        Assert.Contains("parameters.json(3,3)", result.Output);
    }

    [Fact]
    public async Task Valid_requirements_pass_validation()
    {
        string[] valid = ["uwsgi", "flask[async]>=3,<4", "zope.interface~=6.0", "typing_extensions!=4.0", "a-b==1.0", "uwsgi; python_version >= \"3.8\""];

        var result = await BuildSh.RunAsync(_sandbox, ["BuildSmall", "--plan", "--packages", .. valid], _engine.Environment, TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("BuildSmall", result.Output);
        Assert.Empty(_engine.Calls);
    }

    public void Dispose()
    {
        _sandbox.Dispose();
        _engine.Dispose();
    }

    private void AssertRefusedEarly(BuildShResult result, string named)
    {
        Refusal.AssertRefused(result, named, _engine, within: TimeSpan.FromSeconds(30));
        Assert.False(Directory.Exists(_sandbox.Artifacts), $"artifacts/ was written:\n{result}");
    }
}
