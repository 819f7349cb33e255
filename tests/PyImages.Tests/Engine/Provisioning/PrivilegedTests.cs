using PyImages.Engine;
using PyImages.Engine.Cli;
using PyImages.Engine.Provisioning;

namespace PyImages.Tests.Engine.Provisioning;

public class PrivilegedTests
{
    private sealed record Host(bool IsRoot, bool CanSudo) : IHostFacts
    {
        public string? ReadOsRelease() => "ID=ubuntu\nID_LIKE=debian\n";

        public bool IsOnPath(string executable) => true;
    }

    private static readonly ProcessSpec AptInstall =
        new("apt-get", ["install", "-y", "debootstrap"], new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" });

    [Fact]
    public void Root_runs_the_command_as_it_is()
    {
        Assert.Equal(AptInstall, Privileged.Spec(new Host(IsRoot: true, CanSudo: false), AptInstall));
    }

    [Fact]
    public void Without_root_the_command_goes_through_sudo_keeping_its_environment()
    {
        var spec = Privileged.Spec(new Host(IsRoot: false, CanSudo: true), AptInstall);

        Assert.Equal("sudo", spec.Executable);
        Assert.Equal(["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "debootstrap"], spec.Arguments);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void Installs_are_possible_as_root_or_with_password_less_sudo(bool root, bool sudo, bool possible)
    {
        Assert.Equal(possible, new AptInstaller(new CliProcessRunner(), new Host(root, sudo)).CanInstall);
    }
}
