using PyImages.Engine.Cli;

namespace PyImages.Engine.Provisioning;

/// <summary>Work that needs root (apt-get, debootstrap): run as is when we are root, through <c>sudo -n</c> when that works.</summary>
public static class Privileged
{
    public static bool Possible(IHostFacts host) => host.IsRoot || host.CanSudo;

    /// <summary>The spec as root: unchanged for root; else <c>sudo -n env NAME=value ... executable arguments</c> (sudo drops the environment).</summary>
    public static ProcessSpec Spec(IHostFacts host, ProcessSpec spec)
    {
        if (host.IsRoot)
        {
            return spec;
        }

        var environment = (spec.Environment ?? new Dictionary<string, string?>()).Where(e => e.Value is not null).Select(e => $"{e.Key}={e.Value}");
        return spec with { Executable = "sudo", Arguments = ["-n", "env", .. environment, spec.Executable, .. spec.Arguments], Environment = null };
    }
}
