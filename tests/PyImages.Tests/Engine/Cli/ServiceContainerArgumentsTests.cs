using PyImages.Engine;
using PyImages.Engine.Cli;

namespace PyImages.Tests.Engine.Cli;

/// <summary>The command lines of Verify's HTTP check: the app in the background, the probe in its namespaces.</summary>
public class ServiceContainerArgumentsTests
{
    [Fact]
    public void The_app_runs_detached_with_no_network_and_its_own_command()
    {
        var args = EngineArguments.RunDetached(new RunRequest("app:minimal", [], Network: false, Detached: true), "pyimages-1");

        Assert.Equal(["run", "--detach", "--name", "pyimages-1", "--network", "none"], args.Take(6));
        Assert.Equal("app:minimal", args[^1]);
        Assert.DoesNotContain("--rm", args);
        Assert.DoesNotContain("-p", args);
    }

    [Fact]
    public void The_probe_joins_the_apps_network_and_processes_and_publishes_nothing()
    {
        var args = EngineArguments.Run(new RunRequest("app:minimal", ["-c", "probe"], Entrypoint: "/usr/bin/python3", JoinNamespacesOf: "abc123"), "pyimages-2");

        Assert.Equal(["run", "--rm", "--name", "pyimages-2", "--network", "container:abc123", "--pid", "container:abc123"], args.Take(8));
        Assert.DoesNotContain("host", args);
    }

    [Fact]
    public void Logs_asks_for_the_last_lines()
    {
        Assert.Equal(["logs", "--tail", "20", "abc123"], EngineArguments.Logs("abc123", 20));
    }
}
