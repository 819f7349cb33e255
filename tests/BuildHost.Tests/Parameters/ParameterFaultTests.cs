using BuildHost.IO;

namespace BuildHost.Tests.Parameters;

/// <summary>Hostile or careless input: refused with one message naming it, and a [Secret] value never in clear.</summary>
public sealed class ParameterFaultTests
{
    private const string Secret = "https://alice:T0KEN@example.org/simple";
    private const string Other = "https://bob:S3CRET@example.org/simple";

    public ParameterFaultTests() => ParameterBuild.Last = null;

    private static void WriteFile(AbsolutePath root, string name, string json) => (root / ".nuke" / name).WriteAllText(json);

    private static void AssertRefused(TestRun run, string message)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Output);
        Assert.Null(ParameterBuild.Last);
        Assert.DoesNotContain("   at ", run.Output);
    }

    private static void AssertMasked(TestRun run)
    {
        foreach (var text in new[] { run.Output, run.LogFile })
        {
            Assert.DoesNotContain("T0KEN", text);
            Assert.DoesNotContain("S3CRET", text);
        }
    }

    [Fact]
    public void The_equals_form_of_a_secret_is_refused_with_the_value_masked()
    {
        var run = TestRun.Of<ParameterBuild>(["Show", $"--password={Secret}"]);

        Assert.Contains("*****", run.Output);
        AssertRefused(run, "'--password=*****': write the value after a space, '--password *****'; the '--name=value' form is not taken");
        AssertMasked(run);
    }

    [Fact]
    public void Two_values_of_a_secret_are_refused_with_both_masked()
    {
        var run = TestRun.Of<ParameterBuild>(["Show", "--password", Secret, Other]);

        AssertRefused(run, "Parameter 'Password' (--password, from the command line): it takes one value, got 2: '*****' '*****'.");
        AssertMasked(run);
    }

    [Fact]
    public void A_two_item_array_for_a_secret_in_parameters_json_is_refused_with_both_masked()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], prepare: root => WriteFile(root, "parameters.json", $$"""{ "Password": ["{{Secret}}", "{{Other}}"] }"""));

        AssertRefused(run, "Parameter 'Password' (--password, from .nuke/parameters.json): expected a string, got an array.");
        AssertMasked(run);
    }

    [Theory]
    [InlineData("""{ "Packages": 42 }""", "Parameter 'Packages' (--packages, from .nuke/parameters.json): expected a list (a JSON array of strings), got the number 42.")]
    [InlineData("""{ "Packages": [] }""", "Parameter 'Packages' (--packages, from .nuke/parameters.json): the list is empty")]
    [InlineData("""{ "Packages": ["x", 1] }""", "expected a string, got the number 1.")]
    [InlineData("""{ "Count": "3" }""", "Parameter 'Count' (--count, from .nuke/parameters.json): expected a whole number, got the string \"3\".")]
    [InlineData("""{ "Loud": "yes" }""", "Parameter 'Loud' (--loud, from .nuke/parameters.json): expected true or false, got the string \"yes\".")]
    [InlineData("""{ "Name": "a", "name": "b" }""", ".nuke/parameters.json: parameter 'name' is given twice ('Name' before it); keep one.")]
    public void Parameters_json_is_checked_against_the_parameters_types(string json, string message)
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], prepare: root => WriteFile(root, "parameters.json", json));

        AssertRefused(run, message);
    }

    [Fact]
    public void A_folder_in_place_of_parameters_json_is_an_error()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], prepare: root => (root / ".nuke" / "parameters.json").CreateDirectory());

        AssertRefused(run, ".nuke/parameters.json is a folder, not a file");
    }

    [Fact]
    public void A_profile_outside_nuke_is_not_read()
    {
        var outside = Directory.CreateTempSubdirectory("buildhost-tests-").FullName;
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "parameters.evil.json"), """{ "Name": "evil" }""");

        var run = TestRun.Of<ParameterBuild>(["Show", "--profile", Path.Combine("..", "..", "..", outside, "parameters.evil")]);

        AssertRefused(run, "is not a profile name: a profile is a name of letters, digits, '-' and '_'");
    }

    [Fact]
    public void A_log_folder_that_cannot_be_written_is_one_clear_message()
    {
        var run = TestRun.Of<ParameterBuild>(["Show"], prepare: root => (root / ".nuke" / "temp").WriteAllText("a file where the folder should be"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[ERR] Cannot write the build log", run.Output);
        Assert.Contains(Path.Combine(".nuke", "temp", "build.log"), run.Output);
        Assert.Contains("writable by this user", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
        Assert.Null(ParameterBuild.Last);
    }
}
