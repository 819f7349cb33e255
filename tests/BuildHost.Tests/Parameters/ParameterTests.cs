using BuildHost.IO;

namespace BuildHost.Tests.Parameters;

public sealed class ParameterTests
{
    public ParameterTests() => ParameterBuild.Last = null;

    private static ParameterBuild Run(string[] args, Dictionary<string, string>? environment = null, Action<AbsolutePath>? prepare = null)
    {
        var run = TestRun.Of<ParameterBuild>(["Show", .. args], environment: environment, prepare: prepare);
        Assert.True(run.ExitCode == 0, run.Output);
        return ParameterBuild.Last!;
    }

    private static void WriteFile(AbsolutePath root, string name, string json) => (root / ".nuke" / name).WriteAllText(json);

    [Fact]
    public void Kebab_case_options_set_typed_values()
    {
        var build = Run(["--name", "Ada", "--count", "3", "--loud", "--flavor", "dark-chocolate", "--packages", "uwsgi", "flask", "--threshold", "-2"]);

        Assert.Equal(("Ada", 3, true, Flavor.DarkChocolate, -2), (build.Name, build.Count, build.Loud, build.Flavor, build.Threshold));
        Assert.Equal(["uwsgi", "flask"], build.Packages);
    }

    [Fact]
    public void Defaults_stay_when_nothing_is_given()
    {
        var build = Run([]);

        Assert.Equal(("default", 0, false, null), (build.Name, build.Count, build.Loud, build.Threshold));
    }

    [Fact]
    public void A_switch_is_bare_or_takes_true_or_false_and_never_swallows_a_target()
    {
        Assert.True(Run(["--loud"]).Loud);
        Assert.False(Run(["--loud", "false"]).Loud);
        ParameterBuild.Last = null;

        var run = TestRun.Of<ParameterBuild>(["--loud", "Show"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Parameter '--loud' is a switch: 'Show' is not true or false.", run.Output);
        Assert.Null(ParameterBuild.Last);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_root()
    {
        AbsolutePath? root = null;
        var build = Run(["--output", "artifacts/out"], prepare: r => root = r);

        Assert.Equal(root! / "artifacts" / "out", build.Output);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("NAME")]
    [InlineData("NUKE_NAME")]
    public void Environment_variables_match_exactly_then_loosely_with_or_without_prefix(string variable)
    {
        var build = Run([], new Dictionary<string, string> { [variable] = "from-env", ["PACKAGES"] = "a b" });

        Assert.Equal("from-env", build.Name);
        Assert.Equal(["a", "b"], build.Packages);
    }

    [Fact]
    public void Command_line_wins_over_environment_which_wins_over_files()
    {
        void Prepare(AbsolutePath root) => WriteFile(root, "parameters.json", """{ "Name": "file", "Count": 7 }""");
        var environment = new Dictionary<string, string> { ["COUNT"] = "5", ["NAME"] = "env" };

        var fromCommandLine = Run(["--name", "cli"], environment, Prepare);
        Assert.Equal(("cli", 5), (fromCommandLine.Name, fromCommandLine.Count));

        var fromFile = Run([], prepare: Prepare);
        Assert.Equal(("file", 7), (fromFile.Name, fromFile.Count));
    }

    [Fact]
    public void Profiles_layer_over_the_base_file()
    {
        var build = Run(["--profile", "ci"], prepare: root =>
        {
            WriteFile(root, "parameters.json", """{ "$schema": "./build.schema.json", "Name": "base", "Count": 1 }""");
            WriteFile(root, "parameters.ci.json", """{ "count": 2, "packages": ["x", "y"], "loud": true }""");
        });

        Assert.Equal(("base", 2, true), (build.Name, build.Count, build.Loud));
        Assert.Equal(["x", "y"], build.Packages);
    }

    [Theory]
    [InlineData(new[] { "--count", "many" }, "Parameter 'Count' (--count, from the command line): 'many' is not a whole number.")]
    [InlineData(new[] { "--flavor", "mint" }, "'mint' is not one of Vanilla, DarkChocolate.")]
    [InlineData(new[] { "--nme", "x" }, "Unknown parameter '--nme'. Did you mean '--name'?")]
    [InlineData(new[] { "--profile", "missing" }, "Profile 'missing' not found: .nuke/parameters.missing.json does not exist.")]
    [InlineData(new[] { "--verbosity", "loud" }, "'loud' is not one of Verbose, Normal, Minimal, Quiet.")]
    [InlineData(new[] { "--packages" }, "Parameter 'Packages' (--packages, from the command line): the list is empty")]
    [InlineData(new[] { "--profile", "../../../../tmp/evil" }, "Profile '../../../../tmp/evil' is not a profile name")]
    [InlineData(new[] { "--name=x" }, "'--name=x': write the value after a space, '--name x'; the '--name=value' form is not taken (NUKE's form is '--name value').")]
    [InlineData(new[] { "--packages", "-e", "git+https://example.org/x.git" }, "Unknown parameter '-e': this build's options start with '--'")]
    [InlineData(new[] { "--partition", "2/3" }, "this host does not split targets over partitions")]
    [InlineData(new[] { "--host", "Jenkinz" }, "Parameter '--host Jenkinz': give one of AppVeyor, AzurePipelines,")]
    public void Bad_input_is_one_clear_error_before_any_target(string[] args, string message)
    {
        var run = TestRun.Of<ParameterBuild>(["Show", .. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Output);
        Assert.Null(ParameterBuild.Last);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public void Invalid_json_names_file_line_and_column()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], prepare: root => WriteFile(root, "parameters.json", "{\n  \"Name\": \"x\",\n  \"Count\": ]\n}"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".nuke/parameters.json(3,12): invalid JSON", run.Output);
    }

    [Fact]
    public void Unknown_file_entries_are_errors_with_a_suggestion()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], prepare: root => WriteFile(root, "parameters.json", """{ "Packagess": [] }"""));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".nuke/parameters.json: unknown parameter 'Packagess'. Did you mean 'Packages'?", run.Output);
    }

    [Fact]
    public void Help_lists_parameters_with_description_and_type()
    {
        var run = TestRun.Of<ParameterBuild>(["--help"]);

        Assert.Matches(@"--count <int>\s+How many times", run.Output);
        Assert.Matches(@"--flavor <Vanilla\|DarkChocolate>\s+Ice cream flavour", run.Output);
        Assert.Matches(@"--packages <string\[\]>\s+Package names", run.Output);
        Assert.Matches(@"--output <path>\s+Where to write", run.Output);
    }

    [Fact]
    public void The_schema_is_written_from_parameters_and_targets()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"]);

        var schema = (run.Root / ".nuke" / "build.schema.json").ReadAllText();
        Assert.Contains("\"Packages\": {\n          \"type\": \"array\",\n          \"description\": \"Package names\"", schema);
        Assert.Contains("\"Flavor\": {\n      \"type\": \"string\",\n      \"description\": \"\",\n      \"enum\": [\n        \"Vanilla\"", schema);
        Assert.Contains("\"ExecutableTarget\": {\n      \"type\": \"string\",\n      \"enum\": [\n        \"Show\"\n      ]", schema);
        Assert.Contains("\"Password\": {\n          \"type\": \"string\",\n          \"description\": \"Registry password\",\n          \"default\": \"Secrets must be entered via 'nuke :secrets [profile]'\"", schema);
        Assert.Contains("\"Threshold\": {\n          \"type\": [\n            \"integer\",\n            \"null\"\n          ],", schema);
        Assert.EndsWith("    {\n      \"$ref\": \"#/definitions/NukeBuild\"\n    }\n  ]\n}\n", schema);
    }
}
