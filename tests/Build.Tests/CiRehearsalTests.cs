using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Build.Tests;

/// <summary>
/// .ci/run rehearses the workflow's job as a runner's user from the run: lines its small reader (.ci/workflow-run-lines,
/// no YAML package) finds: it must find exactly what a YAML parser finds, in the checked-in workflow and in the other
/// forms a run: value takes.
/// </summary>
public sealed class CiRehearsalTests
{
    [Fact]
    public void The_rehearsal_runs_every_run_line_of_the_checked_in_workflow()
    {
        var workflow = Repository.Root / ".github" / "workflows" / "ci.yml";

        Assert.Equal(RunValuesByYaml(File.ReadAllText(workflow)), RunValuesByReader(workflow));
    }

    [Fact]
    public void The_reader_takes_plain_quoted_and_block_run_values_as_yaml_does()
    {
        const string yaml = """
            jobs:
              one:
                steps:
                  - uses: actions/checkout@v4
                  - name: 'Run: Test, BuildSmall'
                    run: ./build.cmd Test, BuildSmall # a comment
                  - run: 'echo ''quoted'' here'
                  - run: "echo \"double\""
                  - run: |
                      echo first
                        echo indented
                      echo last
                    name: block
                  - name: folded
                    run: >
                      echo one
                      two
            """;
        var file = Path.Combine(Directory.CreateTempSubdirectory("pyimages-ci-").FullName, "ci.yml");
        File.WriteAllText(file, yaml);

        var values = RunValuesByReader(file);

        Assert.Equal(RunValuesByYaml(yaml), values);
        Assert.Equal(5, values.Count);
    }

    private static List<string> RunValuesByYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"];
        return jobs.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => ((YamlScalarNode)step["run"]).Value!.TrimEnd('\n'))
            .ToList();
    }

    private static List<string> RunValuesByReader(string workflow)
    {
        var start = new ProcessStartInfo("python3", [Repository.Root / ".ci" / "workflow-run-lines", workflow])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var reader = Process.Start(start)!;
        var output = reader.StandardOutput.ReadToEnd();
        var errors = reader.StandardError.ReadToEnd();
        reader.WaitForExit();
        Assert.True(reader.ExitCode == 0, errors);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
